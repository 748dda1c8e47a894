# Entity table for the dev6 set: (id, type, canonical, aliases, generic_aliases, gold_attributes, dict_attributes)
# aliases: surface variants that go into both entities.tsv and dictionary/entities.tsv
# generic_aliases: bare forms (开发区, 高新区, 经开区, 新区, 综保区) that the gold uses for this entity in its own article;
#   they go into entities.tsv only (the dictionary leaves generic words to the team's generic-reference file).
# Ids reuse the bundled ones where they exist (every cluster id except the three marked new: cluster:pumps-valves 泵阀,
# cluster:footwear-apparel 鞋服, cluster:data-information 数据信息). No zone of this set is in the bundled zones.tsv.
# Company and project attributes hold no relation facts (no owner=, zone=, group=, parent=): relations must come from the text.
E = []
CUR = None  # the article of the company block being defined (added to the gold attributes as articles=…)


def ent(id, type, canonical, aliases='', generic='', gold='', dic=''):
    if type in ('company', 'project') and 'articles=' not in gold:
        gold = (gold + '; ' if gold else '') + f'articles={CUR}'
    E.append((id, type, canonical, [a for a in aliases.split('|') if a], [g for g in generic.split('|') if g], gold, dic))


ETDZ = 'kind=economic_and_technological_development_zone; level=national'
HTZ = 'kind=high_tech_zone; level=national'
# ---------------- zones ----------------
ent('zone:nanjing-jiangbei-new-area', 'zone', '南京江北新区', '江北新区', '新区',
    'kind=国家级新区 (2015); city=南京市 (浦口区、六合区 are districts, not zones); articles=g01', 'kind=new_area; level=national')
ent('zone:nanjing-biomedical-valley', 'zone', '南京生物医药谷', '生物医药谷', '',
    'kind=sub_park; parent=zone:nanjing-jiangbei-new-area (新区生物医药产业的主要承载地); note=bare 谷内 is a pronoun; articles=g01', 'kind=sub_park')
ent('zone:nanjing-software-park', 'zone', '南京软件园', '', '',
    'kind=sub_park; parent=zone:nanjing-jiangbei-new-area (位于新区的南京软件园); articles=g01', 'kind=sub_park')
ent('zone:wenzhou-etdz', 'zone', '温州经济技术开发区', '温州经开区', '经开区',
    'kind=国家级经济技术开发区; city=温州市 (龙湾区; 沙城街道 is a street, not a zone); articles=g02', ETDZ)
ent('zone:zhuhai-hitech', 'zone', '珠海国家高新技术产业开发区', '珠海高新区|珠海高新技术产业开发区', '高新区',
    'kind=国家级高新技术产业开发区; city=珠海市 (唐家湾片区 and 金鼎片区 are areas of it, not zone entities); articles=g03', HTZ)
ent('zone:hengqin-cooperation-zone', 'zone', '横琴粤澳深度合作区', '横琴合作区', '',
    'kind=cooperation_zone (2021); city=珠海市; note=bare 横琴 (尚未在横琴设立实体) is left an uncertain mention; articles=g03', 'kind=cooperation_zone; level=national')
ent('zone:quanzhou-etdz', 'zone', '泉州经济技术开发区', '泉州经开区', '经开区',
    'kind=国家级经济技术开发区; city=泉州市; articles=g04', ETDZ)
ent('zone:jinjiang-edz', 'zone', '晋江经济开发区', '福建晋江经济开发区', '',
    'kind=省级经济开发区; city=晋江市; articles=g04', 'kind=economic_development_zone; level=provincial')
ent('zone:quanzhou-taiwanese-investment-zone', 'zone', '泉州台商投资区', '', '',
    'kind=台商投资区 (national); city=泉州市; note=g04 names it only as a place the founder did not move to (no relation); articles=g04', 'kind=taiwanese_investment_zone; level=national')
ent('zone:lanzhou-new-area', 'zone', '兰州新区', '', '新区',
    'kind=国家级新区 (2012, 第五个); city=兰州市 (秦王川盆地); articles=g05', 'kind=new_area; level=national')
ent('zone:lanzhou-new-area-cbz', 'zone', '兰州新区综合保税区', '兰州新区综保区', '综保区',
    'kind=comprehensive_bonded_zone (2014); parent=zone:lanzhou-new-area (均在区内); articles=g05', 'kind=comprehensive_bonded_zone')
ent('zone:lanzhou-new-area-fine-chemical-park', 'zone', '兰州新区精细化工园区', '精细化工园区', '',
    'kind=chemical_park (sub-park); parent=zone:lanzhou-new-area (均在区内); articles=g05', 'kind=chemical_park')
ent('zone:yinchuan-etdz', 'zone', '银川经济技术开发区', '银川经开区', '经开区',
    'kind=国家级经济技术开发区 (自治区首个); city=银川市; articles=g06', ETDZ)
ent('zone:ningdong-energy-chemical-base', 'zone', '宁东能源化工基地', '宁东基地', '',
    'kind=national energy and chemical base (managed as a zone); region=宁夏回族自治区; articles=g06', 'kind=energy_chemical_base; level=national')
ent('zone:xuzhou-etdz', 'zone', '徐州经济技术开发区', '徐州经开区', '经开区',
    'kind=国家级经济技术开发区; city=徐州市 (大黄山街道 is a street, not a zone); articles=g07', ETDZ)
ent('zone:xuzhou-cbz', 'zone', '徐州综合保税区', '徐州综保区', '',
    'kind=comprehensive_bonded_zone; parent=zone:xuzhou-etdz (位于经开区东部，由经开区管理); articles=g07', 'kind=comprehensive_bonded_zone')
ent('zone:xiangyang-hitech', 'zone', '襄阳高新技术产业开发区', '襄阳高新区', '高新区',
    'kind=国家级高新技术产业开发区; city=襄阳市; articles=g08', HTZ)
ent('zone:xiangyang-etdz', 'zone', '襄阳经济技术开发区', '襄阳经开区', '',
    'kind=国家级经济技术开发区; city=襄阳市; articles=g08', ETDZ)
ent('zone:xiangyang-dongjin-new-area', 'zone', '襄阳东津新区', '东津新区', '',
    'kind=city-level new area (2011); city=襄阳市; note=g08 names it only as a place under evaluation (no relation); articles=g08', 'kind=new_area; level=municipal')

# ---------------- companies ----------------
CUR = 'g01'
ent('company:nanjing-xinche-semiconductor', 'company', '南京芯澈半导体有限公司', '芯澈半导体')
ent('company:shanghai-xinche-ic', 'company', '上海芯澈集成电路股份有限公司')
ent('company:nanjing-yangzi-construction', 'company', '南京扬子建设工程有限公司', '', '', 'role=builder (承建)')
ent('company:nanjing-heyi-biotech', 'company', '南京和颐生物科技股份有限公司')
ent('company:nanjing-kangyan-pharma', 'company', '南京康衍药业股份有限公司')
ent('company:nanjing-wochuan-energy-storage', 'company', '南京沃川储能科技有限公司')
ent('company:jiangsu-wochuan-new-energy-group', 'company', '江苏沃川新能源集团有限公司')
ent('company:nanjing-bosen-sensing', 'company', '南京博森传感技术有限公司')
ent('company:nanjing-jiangpu-electronics-group', 'company', '南京江浦电子集团有限公司')
ent('company:oulin-sensor', 'company', '德国欧霖传感器公司', '欧霖传感器公司', '', 'country=Germany')
ent('company:nanjing-henglan-shuzhi', 'company', '南京衡澜数智科技有限公司')
ent('company:nanjing-yaoneng-hydrogen', 'company', '南京曜能氢能科技有限公司')
ent('company:nanjing-guiyu-materials', 'company', '南京硅域材料有限公司', '硅域材料')
CUR = 'g02'
ent('company:wenzhou-hongxiang-valve', 'company', '温州泓翔阀门科技有限公司', '泓翔阀门', '', 'status=破产重整 (debtor, 债务人)')
ent('company:wenzhou-ouhong-holding', 'company', '温州瓯宏控股集团有限公司')
ent('company:wenzhou-hongxiang-casting', 'company', '温州泓翔铸造有限公司')
ent('company:wenzhou-jindi-fluid', 'company', '温州锦迪流体设备有限公司')
ent('company:zhejiang-yongneng-petrochemical', 'company', '浙江甬能石化股份有限公司')
ent('company:ningbo-chengjiang-fluid-control', 'company', '宁波澄江流体控制股份有限公司')
ent('company:wenzhou-ruiao-valve', 'company', '温州瑞岙阀门制造有限公司')
CUR = 'g03'
ent('company:zhuhai-aobo-optoelectronics', 'company', '珠海澳铂光电科技股份有限公司', '澳铂光电', '', 'listed=yes')
ent('company:zhuhai-henghong-investment', 'company', '珠海恒泓投资集团有限公司')
ent('company:zhuhai-aobo-laser-devices', 'company', '珠海澳铂激光器件有限公司')
ent('company:hengqin-aobo-trading', 'company', '横琴澳铂国际贸易有限公司')
ent('company:macau-boguang-tech', 'company', '澳门铂光科技有限公司')
ent('company:macau-haojiang-ventures', 'company', '澳门濠江创投有限公司')
ent('company:zhuhai-xinjing-optical', 'company', '珠海鑫晶光学材料有限公司')
ent('company:zhuhai-jiexun-hardware', 'company', '珠海捷讯精密五金有限公司')
ent('company:zhuhai-lvke-packaging', 'company', '珠海绿科包装材料有限公司')
ent('company:zhuhai-yimu-intelligent', 'company', '珠海翼目智能科技有限公司')
ent('company:zhuhai-mubo-sensing', 'company', '珠海目铂传感科技有限公司')
CUR = 'g04'
ent('company:quanzhou-qihang-intelligent', 'company', '泉州启航智能装备有限公司', '启航智能')
ent('company:fujian-tayuan-sports', 'company', '福建踏远体育用品股份有限公司', '踏远体育')
ent('company:quanzhou-xunchi-motor', 'company', '泉州迅驰电机有限公司')
ent('company:quanzhou-huayuan-casting', 'company', '泉州华缘精密铸造有限公司')
ent('company:jinjiang-qihang-service', 'company', '晋江启航鞋机服务有限公司')
ent('company:klein-sewing', 'company', '德国克莱因缝纫技术公司', '克莱因缝纫技术公司|克莱因', '', 'country=Germany')
ent('company:quanzhou-qike-sewing', 'company', '泉州启克智能缝制设备有限公司')
ent('company:quanzhou-hengwei-textile-machinery', 'company', '泉州恒纬纺机股份有限公司')
CUR = 'g05'
ent('company:gansu-longyi-logistics', 'company', '甘肃陇驿国际物流有限公司')
ent('company:gansu-longtai-new-materials', 'company', '甘肃陇钛新材料科技有限公司')
ent('company:lanzhou-hongsheng-fine-chemical', 'company', '兰州宏晟精细化工有限公司')
ent('company:lanzhou-xinling-data', 'company', '兰州新瓴数据科技有限公司')
ent('company:lanzhou-longtai-group', 'company', '兰州陇钛集团股份有限公司')
ent('company:gansu-qilian-heavy-equipment', 'company', '甘肃祁连重工装备有限公司')
ent('company:gansu-qilian-investment-holding', 'company', '甘肃祁连投资控股集团有限公司', '祁连投资控股集团')
ent('company:berg-machinery', 'company', '瑞士贝格机械公司', '贝格机械公司', '', 'country=Switzerland')
ent('company:lanzhou-anhong-biopharma', 'company', '兰州安泓生物制药有限公司')
ent('company:lanzhou-anhong-pharma-group', 'company', '兰州安泓医药集团有限公司')
ent('company:gansu-longyuan-hydrogen', 'company', '甘肃陇原氢能科技有限公司')
CUR = 'g06'
ent('company:ningxia-zhuoheng-intelligent', 'company', '宁夏卓衡智能装备有限公司')
ent('company:ningxia-lantu-electronic-materials', 'company', '宁夏澜图电子材料有限公司')
ent('company:ningxia-jingchuan-new-materials', 'company', '宁夏晶川新材料科技有限公司', '晶川新材')
ent('company:jiangsu-jingchuan-energy', 'company', '江苏晶川能源股份有限公司')
ent('company:ningxia-helan-precision', 'company', '宁夏贺兰精机数控有限公司', '贺兰精机')
ent('company:ningxia-helanshan-heavy-industry', 'company', '宁夏贺兰山重工集团有限公司')
ent('company:ningxia-ruiheng-bearing', 'company', '宁夏瑞恒精密轴承有限公司')
ent('company:ningxia-yunxiu-data', 'company', '宁夏云岫数据服务有限公司', '云岫数据')
ent('company:beijing-yunxiu-tech-group', 'company', '北京云岫科技集团有限公司')
ent('company:ningxia-ningrui-fine-chemical', 'company', '宁夏宁瑞精细化工有限公司')
ent('company:ningxia-tongchi-logistics', 'company', '宁夏通驰物流有限公司')
CUR = 'g07'
ent('company:xuzhou-hanchi-crane', 'company', '徐州瀚驰起重机械有限公司')
ent('company:xuzhou-ruikuang-intelligent', 'company', '徐州睿矿智能装备有限公司')
ent('company:xuzhou-chulan-energy-storage', 'company', '徐州楚澜储能科技有限公司')
ent('company:xuzhou-xinhuai-semiconductor', 'company', '徐州芯淮半导体有限公司')
ent('company:jiangsu-chicheng-special-vehicle', 'company', '江苏驰骋专用车有限公司')
ent('company:xuzhou-hanyuan-remanufacturing', 'company', '徐州汉源再制造科技有限公司')
ent('company:xuzhou-hanchi-hydraulics', 'company', '徐州瀚驰液压科技有限公司')
ent('company:xuzhou-huaijing-silicon', 'company', '徐州淮晶硅材料有限公司')
ent('company:xuzhou-etdz-industrial-development-group', 'company', '徐州经开区产业发展集团有限公司', '', '',
    'note=the zone\'s name inside a firm name (nested, not a zone mention); the firm is not placed by its name')
ent('company:xuzhou-mingtuo-machinery', 'company', '徐州铭拓机械有限公司')
ent('company:jiangsu-chulan-new-energy-group', 'company', '江苏楚澜新能源集团有限公司', '楚澜集团')
ent('company:jiangsu-honggui-tech', 'company', '江苏宏硅科技股份有限公司')
CUR = 'g08'
ent('company:hubei-hanxiang-auto-tech', 'company', '湖北汉襄汽车科技股份有限公司', '汉襄科技', '', 'listed=yes (证券代码 301865, illustrative)')
ent('company:changjiang-ruifeng-securities', 'company', '长江瑞丰证券股份有限公司', '', '', 'role=visiting investor (no relation)')
ent('company:shenzhen-qianan-asset-management', 'company', '深圳前岸资产管理有限公司', '', '', 'role=visiting investor (no relation)')
ent('company:wuhan-chushi-private-fund', 'company', '武汉楚石私募基金管理有限公司', '', '', 'role=visiting investor (no relation)')
ent('company:xiangyang-hanxiang-edrive', 'company', '襄阳汉襄电驱科技有限公司')
ent('company:xiangyang-chujun-auto', 'company', '襄阳楚骏汽车有限公司', '楚骏汽车')
ent('company:hubei-longzhong-power-battery', 'company', '湖北隆中动力电池有限公司', '隆中动力电池')
ent('company:maruetsu-seiko', 'company', '日本丸越精工株式会社', '丸越精工株式会社', '', 'country=Japan')
ent('company:xiangyang-hanyue-precision-gear', 'company', '襄阳汉越精密齿轮有限公司')
ent('company:xiangyang-hanjiang-investment-holding', 'company', '襄阳汉江投资控股有限公司')

# ---------------- projects ----------------
CUR = 'g01'
ent('project:xinche-12inch-specialty-fab', 'project', '芯澈12英寸特色工艺晶圆产线', '', '', 'investment_cny=12000000000')
ent('project:wochuan-20gwh-storage-cells', 'project', '沃川20GWh储能电芯项目')
ent('project:bosen-mems-sensor-plant', 'project', '博森车规级MEMS传感器工厂')
CUR = 'g02'
ent('project:hongxiang-smart-valve-digital-factory', 'project', '泓翔智能阀门数字化工厂项目', '', '', 'status=在建工程 (主体结构已完工)')
CUR = 'g03'
ent('project:aobo-auto-optics-phase2-base', 'project', '澳铂车载光学二期产业化基地', '', '', 'phase=2')
CUR = 'g04'
ent('project:qike-sewing-equipment-park', 'project', '启克智能缝制装备产业园', '', '',
    'investment_cny=360000000; note=a project named …产业园 (heldout: the facility noun makes it a project, not a zone)')
CUR = 'g05'
ent('project:xinling-silk-road-computing-center-phase1', 'project', '新瓴丝路算力中心一期', '', '', 'phase=1; racks=8000')
ent('project:anhong-biologics-api-base', 'project', '安泓生物药原液生产基地')
ent('project:longyuan-green-hydrogen', 'project', '陇原绿电制氢一体化项目', '', '', 'status=拟建 (前期论证)')
CUR = 'g06'
ent('project:jingchuan-20gw-ingot-phase2', 'project', '晶川年产20GW单晶硅棒二期项目', '', '', 'phase=2')
CUR = 'g07'
for pid, name, inv in (('hanchi-heavy-crane-smart-base', '瀚驰大吨位起重机智能制造基地', 32.0),
                       ('ruikuang-smart-mining-equipment', '睿矿智能矿山装备产业化项目', 12.5),
                       ('chulan-20gwh-storage-phase1', '楚澜20GWh储能电池项目一期', 45.0),
                       ('xinhuai-auto-power-module-packaging', '芯淮车规级功率模块封测项目', 8.6),
                       ('chicheng-icv-truck-conversion-center', '驰骋智能网联重卡改装中心', 6.2),
                       ('hanyuan-construction-machinery-reman-park', '汉源工程机械再制造产业园', 5.8),
                       ('hanchi-hydraulics-phase2', '瀚驰高端液压件二期项目', 18.0),
                       ('huaijing-electronic-polysilicon', '淮晶电子级多晶硅项目', 36.0),
                       ('pv-storage-zero-carbon-park-demo', '光储一体化零碳园区示范项目', 4.5),
                       ('mingtuo-construction-machinery-supporting-park', '铭拓工程机械配套产业园', 9.0)):
    ent('project:' + pid, 'project', name, '', '', f'investment_cny={int(inv * 100000000)}')
CUR = 'g08'
ent('project:hanxiang-800v-edrive', 'project', '汉襄800V电驱总成项目', '', '', 'capacity=600000 sets/year')


# ---------------- clusters (bundled ids, except the three marked new) ----------------
def cl(id, name, aliases, note):
    ent(id, 'cluster', name, aliases, '', note)


cl('cluster:integrated-circuits', '集成电路', '集成电路产业|集成电路产业集群|集成电路产业链|芯片产业|芯片产业链', 'articles=g01,g07')
cl('cluster:biomedicine', '生物医药', '生物医药产业|生物医药产业集群|生物医药产业链', 'articles=g01,g03,g04,g05')
cl('cluster:innovative-drugs', '创新药', '创新药产业|创新药产业集群|创新药产业链', 'articles=g01')
cl('cluster:energy-storage', '储能产业', '新型储能|储能产业链|储能产业集群', 'articles=g01,g07')
cl('cluster:software-info-services', '软件和信息服务', '软件和信息服务产业|软件和信息服务产业集群|软件和信息服务产业链|软件和信息服务业|软件和信息技术服务|软件和信息技术服务业|软件信息服务|软件信息服务业|软件产业|软件业', 'articles=g01')
cl('cluster:industrial-software', '工业软件', '工业软件产业|工业软件产业集群|工业软件产业链', 'articles=g01')
cl('cluster:information-innovation', '信息技术应用创新', '信息技术应用创新产业|信息技术应用创新产业集群|信息技术应用创新产业链|信创产业|信创产业链', 'articles=g01')
cl('cluster:hydrogen', '氢能', '氢能产业|氢能产业集群|氢能产业链|氢能源', 'articles=g01,g05')
cl('cluster:new-energy-vehicles', '新能源汽车', '新能源汽车产业|新能源汽车产业集群|新能源汽车产业链', 'articles=g01,g03,g08')
cl('cluster:fuel-cells', '燃料电池', '燃料电池产业|燃料电池产业集群|燃料电池产业链', 'no gold mention: listed so that the product use (燃料电池电堆, g01) is visible')
cl('cluster:pumps-valves', '泵阀', '泵阀产业|泵阀产业集群|泵阀产业链', 'new id (not in the bundled clusters.tsv); articles=g02')
cl('cluster:high-end-equipment-manufacturing', '高端装备制造', '高端装备制造产业|高端装备制造产业集群|高端装备制造产业链|高端装备制造业|高端装备|高端装备产业|高端装备产业集群|高端装备产业链', 'articles=g02,g05,g06,g08')
cl('cluster:new-generation-it', '新一代信息技术', '新一代信息技术产业|新一代信息技术产业集群|新一代信息技术产业链', 'articles=g03')
cl('cluster:intelligent-manufacturing', '智能制造', '智能制造产业|智能制造产业集群|智能制造产业链', 'articles=g03 (nested in a g07 project name)')
cl('cluster:laser', '激光', '激光产业|激光产业集群|激光产业链|激光装备产业', 'articles=g03 (also a product word there: 激光雷达, 激光发射模块: other sense)')
cl('cluster:photovoltaics', '光伏', '光伏产业|光伏产业集群|光伏产业链', 'no gold mention: listed so that the installation uses (分布式光伏电站 g03, 分布式光伏120兆瓦 g07) are visible')
cl('cluster:intelligent-equipment', '智能装备', '智能装备产业|智能装备产业集群|智能装备产业链|智能装备制造|智能制造装备|智能制造装备产业', 'articles=g04 (nested in firm names in g06, g07)')
cl('cluster:new-materials', '新材料', '新材料产业|新材料产业集群|新材料产业链', 'articles=g04,g05,g06')
cl('cluster:footwear-apparel', '鞋服', '鞋服产业|鞋服产业集群|鞋服产业链|鞋服业', 'new id (not in the bundled clusters.tsv); articles=g04')
cl('cluster:green-chemicals', '绿色化工', '绿色化工产业|绿色化工产业集群|绿色化工产业链', 'articles=g05')
cl('cluster:data-information', '数据信息', '数据信息产业|数据信息产业集群|数据信息产业链', 'new id (not in the bundled clusters.tsv); articles=g05')
cl('cluster:modern-logistics', '现代物流', '现代物流产业|现代物流产业集群|现代物流产业链|现代物流业|物流业|物流产业', 'articles=g05')
cl('cluster:cross-border-ecommerce', '跨境电商', '跨境电商产业|跨境电商产业集群|跨境电商产业链|跨境电子商务', 'articles=g05')
cl('cluster:cold-chain-logistics', '冷链物流', '冷链物流产业|冷链物流产业集群|冷链物流产业链', 'articles=g05')
cl('cluster:fine-chemicals', '精细化工', '精细化工产业|精细化工产业集群|精细化工产业链', 'articles=g06 (nested in the sub-park name 兰州新区精细化工园区 and in firm names in g05, g06)')
cl('cluster:wind-power', '风电', '风电产业|风电产业集群|风电产业链|风电装备|风能', 'no gold mention: listed so that the product use (风电装备铸件, g05) is visible')
cl('cluster:digital-economy', '数字经济', '数字经济产业|数字经济产业集群|数字经济产业链', 'articles=g06')
cl('cluster:industrial-internet', '工业互联网', '工业互联网产业|工业互联网产业集群|工业互联网产业链', 'articles=g06')
cl('cluster:engineering-machinery', '工程机械', '工程机械产业|工程机械产业集群|工程机械产业链', 'articles=g06,g07 (nested in two g07 project names)')
cl('cluster:new-energy', '新能源', '新能源产业|新能源产业集群|新能源产业链', 'articles=g07 (nested in firm names in g01, g07)')
cl('cluster:intelligent-connected-vehicles', '智能网联汽车', '智能网联汽车产业|智能网联汽车产业集群|智能网联汽车产业链', 'articles=g07,g08')
cl('cluster:power-batteries', '动力电池', '动力电池产业|动力电池产业集群|动力电池产业链', 'no gold mention: listed so that the nested uses in a firm name (湖北隆中动力电池有限公司, 隆中动力电池, g08) are visible')


# ---------------- secondary: regions and organizations (no gold mentions) ----------------
def region(id, name, level, note, aliases=''):
    ent(id, 'region', name, aliases, '', f'level={level}; {note}', f'level={level}')


region('region:pukou-district', '浦口区', 'district', 'city=南京市; g01: a district, not a zone')
region('region:luhe-district', '六合区', 'district', 'city=南京市; g01: a district, not a zone')
region('region:shacheng-subdistrict', '沙城街道', 'subdistrict', 'city=温州市 (龙湾区); g02: a street, not a zone')
region('region:tangjiawan-town', '唐家湾镇', 'town', 'city=珠海市; g03: 唐家湾片区 / 唐家湾厂区 / 唐家湾镇, not a zone', '唐家湾')
region('region:macau', '澳门特别行政区', 'sar', 'g03', '澳门')
region('region:chendai-town', '陈埭镇', 'town', 'city=晋江市; g04: a town, not a zone')
region('region:jinjiang-city', '晋江市', 'county_city', 'city=泉州市; g04', '晋江')
region('region:shishi-city', '石狮市', 'county_city', 'city=泉州市; g04', '石狮')
region('region:xiamen', '厦门市', 'city', 'g04: a city the founder did not move to', '厦门')
region('region:qinwangchuan', '秦王川', 'area', 'g05: the basin of 兰州新区 (秦王川盆地), not a zone')
region('region:ningxia', '宁夏回族自治区', 'province', 'g06: 自治区 / 全区 = the autonomous region', '宁夏')
region('region:dahuangshan-subdistrict', '大黄山街道', 'subdistrict', 'city=徐州市; g07: a street, not a zone')
region('region:shiyan', '十堰市', 'city', 'g08', '十堰')


def org(id, name, note, kind='university', aliases=''):
    ent(id, 'organization', name, aliases, '', f'kind={kind}; {note}', f'kind={kind}')


org('org:wenzhou-intermediate-court', '浙江省温州市中级人民法院', 'g02: the bankruptcy court', 'court', '温州市中级人民法院')
org('org:zhejiang-ouzheng-law-firm', '浙江瓯正律师事务所', 'g02: the administrator (管理人); invented', 'law_firm')
org('org:zhuhai-college-of-science-and-technology', '珠海科技学院', 'g03: partner of 澳铂光电 (uncertain: an organization)')
org('org:huaqiao-university', '华侨大学', 'g04: planned lab partner of 启航智能 (uncertain)')
org('org:ningxia-vocational-college-industry-commerce', '宁夏工商职业技术学院', 'g06: order-class partner of 贺兰精机 (uncertain)')
org('org:ningxia-university', '宁夏大学', 'g06')
org('org:china-university-of-mining-and-technology', '中国矿业大学', 'g07: R&D partner of 睿矿智能 (uncertain)')
org('org:ndrc', '国家发展和改革委员会', 'g01', 'central_government', '国家发展改革委')
org('org:shenzhen-stock-exchange', '深圳证券交易所', 'g03', 'exchange')
