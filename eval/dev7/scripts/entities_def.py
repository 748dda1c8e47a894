# Entity table for the dev7 set: (id, type, canonical, aliases, generic_aliases, gold_attributes, dict_attributes)
# aliases: surface variants that go into both entities.tsv and dictionary/entities.tsv
# generic_aliases: bare forms (高新区, 经开区, 新区, 综保区, 示范区) that the gold uses for this entity in its own article;
#   they go into entities.tsv only (the dictionary leaves generic words to the team's generic-reference file).
# Cluster ids reuse the bundled ones (dictionaries/clusters.tsv); no new cluster id was needed. No zone of this set is in the
# bundled zones.tsv. Company and project attributes hold no relation facts (no owner=, zone=, group=, parent=): relations
# must come from the text.
E = []
CUR = None  # the article of the company/project block being defined (added to the gold attributes as articles=…)


def ent(id, type, canonical, aliases='', generic='', gold='', dic=''):
    if type in ('company', 'project') and 'articles=' not in gold:
        gold = (gold + '; ' if gold else '') + f'articles={CUR}'
    E.append((id, type, canonical, [a for a in aliases.split('|') if a], [g for g in generic.split('|') if g], gold, dic))


ETDZ = 'kind=economic_and_technological_development_zone; level=national'
HTZ = 'kind=high_tech_zone; level=national'
# ---------------- zones ----------------
ent('zone:shanxi-transformation-demo-zone', 'zone', '山西转型综合改革示范区', '山西综改示范区|山西综改区', '示范区',
    'kind=国家级转型综合改革示范区 (2017, integrates former 太原/晋中 zones); city=太原市; note=bare 示范区 is the zone\'s own short form; articles=k01',
    'kind=comprehensive_reform_demonstration_zone; level=national')
ent('zone:taiyuan-tanghuai-park', 'zone', '唐槐产业园区', '', '',
    'kind=sub_park; parent=zone:shanxi-transformation-demo-zone (示范区下辖的); articles=k01', 'kind=sub_park')
ent('zone:xiaohe-park', 'zone', '潇河产业园区', '', '',
    'kind=sub_park; parent=zone:shanxi-transformation-demo-zone (示范区下辖的); articles=k01', 'kind=sub_park')
ent('zone:baotou-rare-earth-hitech', 'zone', '包头稀土高新技术产业开发区', '包头稀土高新区', '高新区',
    'kind=国家级高新技术产业开发区; city=包头市 (万水泉镇 is a town in it, not a zone); articles=k02', HTZ)
ent('zone:baotou-equipment-manufacturing-park', 'zone', '包头装备制造产业园区', '', '',
    'kind=industrial_park; city=包头市 (九原区); note=also nested in a project name in k02 (no mention there); articles=k02', 'kind=industrial_park; level=provincial')
ent('zone:huizhou-zhongkai-hitech', 'zone', '惠州仲恺高新技术产业开发区', '仲恺高新区|惠州仲恺高新区|仲恺', '高新区',
    'kind=国家级高新技术产业开发区; city=惠州市 (陈江街道, 潼湖镇 are places in it, not zones); articles=k03', HTZ)
ent('zone:huizhou-dayawan-etdz', 'zone', '大亚湾经济技术开发区', '惠州大亚湾经济技术开发区|大亚湾经开区|大亚湾', '经开区',
    'kind=国家级经济技术开发区; city=惠州市; note=bare 大亚湾 is the zone where it is used for it, the bay in 大亚湾海面 (other sense); articles=k03', ETDZ)
ent('zone:dayawan-petrochemical-area', 'zone', '大亚湾石化区', '大亚湾石化产业园区', '',
    'kind=chemical_park (core area); parent=zone:huizhou-dayawan-etdz (经开区的核心区); articles=k03', 'kind=chemical_park')
ent('zone:jiaxing-etdz', 'zone', '嘉兴经济技术开发区', '嘉兴经开区', '经开区',
    'kind=国家级经济技术开发区; city=嘉兴市 (城南街道 is a street in it, not a zone); articles=k04', ETDZ)
ent('zone:jiaxing-xiuzhou-hitech', 'zone', '嘉兴秀洲高新技术产业开发区', '秀洲高新区|嘉兴秀洲高新区', '高新区',
    'kind=省级高新技术产业开发区; city=嘉兴市 (秀洲区); articles=k04', 'kind=high_tech_zone; level=provincial')
ent('zone:luoyang-hitech', 'zone', '洛阳高新技术产业开发区', '洛阳高新区', '高新区',
    'kind=国家级高新技术产业开发区; city=洛阳市 (丰李镇 is a town in it, not a zone); articles=k05', HTZ)
ent('zone:luoyang-etdz', 'zone', '洛阳经济技术开发区', '洛阳经开区', '',
    'kind=国家级经济技术开发区; city=洛阳市; articles=k05', ETDZ)
ent('zone:luoyang-cbz', 'zone', '洛阳综合保税区', '洛阳综保区', '综保区',
    'kind=comprehensive_bonded_zone; parent=zone:luoyang-hitech (位于高新区); articles=k05', 'kind=comprehensive_bonded_zone')
ent('zone:luoyang-national-university-science-park', 'zone', '洛阳国家大学科技园', '', '',
    'kind=sci_tech_carrier (national university science park); parent=zone:luoyang-hitech (地处高新区); articles=k05', 'kind=sci_tech_carrier')
ent('zone:mianyang-hitech', 'zone', '绵阳高新技术产业开发区', '绵阳高新区', '高新区',
    'kind=国家级高新技术产业开发区; city=绵阳市; articles=k06', HTZ)
ent('zone:mianyang-etdz', 'zone', '绵阳经济技术开发区', '绵阳经开区', '',
    'kind=国家级经济技术开发区; city=绵阳市; articles=k06', ETDZ)
ent('zone:mianyang-sci-tech-city-new-area', 'zone', '绵阳科技城新区', '科技城新区', '',
    'kind=省级新区 (2020); city=绵阳市; note=named only as a place of a proposal (no relation); articles=k06', 'kind=new_area; level=provincial')
ent('zone:liuzhou-liudong-new-area', 'zone', '柳东新区', '柳州柳东新区', '新区',
    'kind=自治区级新区; city=柳州市; articles=k07', 'kind=new_area; level=provincial')
ent('zone:liuzhou-auto-city', 'zone', '柳州汽车城', '', '',
    'kind=sub_park; parent=zone:liuzhou-liudong-new-area (新区汽车制造的核心承载区); articles=k07', 'kind=sub_park')
ent('zone:liuzhou-hitech', 'zone', '柳州高新技术产业开发区', '柳州高新区', '',
    'kind=国家级高新技术产业开发区; city=柳州市 (河西片区 is an area of it, not a zone entity); note=named only as a firm\'s former site; articles=k07', HTZ)
ent('zone:yangpu-edz', 'zone', '洋浦经济开发区', '洋浦开发区|洋浦经开区|洋浦', '',
    'kind=国家级经济开发区; city=儋州市 (海南); note=bare 洋浦 is the zone in item headings and 在洋浦, the port name in “洋浦港” (other sense); articles=k08', 'kind=economic_development_zone; level=national')
ent('zone:yangpu-bonded-port-area', 'zone', '洋浦保税港区', '', '',
    'kind=bonded_port_area; parent=zone:yangpu-edz (洋浦经济开发区下辖的); articles=k08', 'kind=bonded_port_area')
ent('zone:haikou-cbz', 'zone', '海口综合保税区', '海口综保区', '综保区',
    'kind=comprehensive_bonded_zone; city=海口市; articles=k08', 'kind=comprehensive_bonded_zone')
ent('zone:haikou-hitech', 'zone', '海口国家高新技术产业开发区', '海口高新区|海口国家高新区', '',
    'kind=国家级高新技术产业开发区; city=海口市; articles=k08', HTZ)

# ---------------- companies and projects ----------------
CUR = 'k01'
ent('company:shanxi-jinxin-info-tech', 'company', '山西晋芯信息技术有限公司', '晋芯信息')
ent('project:jinxin-server-smart-factory', 'project', '晋芯服务器整机智能工厂')
ent('company:taiyuan-shuojing-semiconductor-materials', 'company', '太原烁晶半导体材料有限公司')
ent('project:shuojing-sic-substrate-epi', 'project', '烁晶碳化硅衬底及外延片项目', '', '', 'investment_cny=2800000000')
ent('company:shanxi-fenyue-investment-group', 'company', '山西汾岳投资集团有限公司')
ent('company:taiyuan-yunfan-storage', 'company', '太原云帆存储科技有限公司', '云帆存储')
ent('company:jiangsu-qiheng-semiconductor', 'company', '江苏启衡半导体股份有限公司')
ent('company:shanxi-qiyue-power-devices', 'company', '山西启岳功率器件有限公司', '', '', 'kind=joint_venture (51:49)')
ent('company:taiyuan-ruichi-nev-tech', 'company', '太原锐驰新能源汽车科技有限公司')
CUR = 'k02'
ent('project:baotou-pm-motor-park-standard-plants-ph1', 'project', '稀土永磁电机产业园标准化厂房（一期）工程', '', '',
    'kind=construction_tender; note=written after the zone name (包头稀土高新区 + project), two mentions as dev4 zone+sub-park; bid_price_cny=386502700')
ent('company:baotou-xichuang-industrial-investment', 'company', '包头稀土高新区稀创产业投资有限公司', '', '', 'role=招标人 (owner); note=the zone\'s name is nested in the firm name')
ent('company:inner-mongolia-hengzheng-consulting', 'company', '内蒙古恒正工程咨询有限公司', '', '', 'role=招标代理机构 (service contractor)')
ent('company:inner-mongolia-beichen-construction', 'company', '内蒙古北辰建工集团有限公司', '', '', 'role=中标人 (builder)')
ent('company:baotou-gangcheng-construction', 'company', '包头市钢城建设工程有限公司', '', '', 'role=第二中标候选人')
ent('company:inner-mongolia-yuantong-construction', 'company', '内蒙古垣通建设有限公司', '', '', 'role=第三中标候选人')
ent('company:baotou-xitou-holding-group', 'company', '包头稀投控股集团有限公司')
ent('project:baotou-heavy-equipment-joint-plant', 'project', '包头装备制造产业园区重型装备联合厂房项目', '', '', 'note=the zone name is nested in the project name')
ent('company:baotou-ruici-motor', 'company', '包头瑞磁电机科技有限公司')
ent('company:inner-mongolia-xichi-drive', 'company', '内蒙古稀驰驱动技术有限公司')
CUR = 'k03'
ent('company:huizhou-shengxian-optoelectronics', 'company', '惠州晟显光电科技有限公司')
ent('project:shengxian-miniled-backlight-expansion', 'project', '晟显Mini LED背光模组扩产项目')
ent('company:huizhou-huacai-display', 'company', '惠州华彩显示技术有限公司')
ent('company:huizhou-zhichi-communication', 'company', '惠州智驰通讯设备有限公司')
ent('company:shenzhen-zhichi-tech', 'company', '深圳智驰科技股份有限公司')
ent('company:huizhou-xinshijie-semiconductor', 'company', '惠州芯视界半导体有限公司', '芯视界')
ent('project:xinshijie-driver-ic-packaging-base', 'project', '芯视界驱动芯片封测基地')
ent('company:huizhou-lanhai-new-materials', 'company', '惠州澜海新材料有限公司', '澜海新材料')
ent('project:lanhai-high-end-polyolefin', 'project', '澜海高端聚烯烃项目', '', '', 'investment_cny=5600000000')
ent('company:qifeng-chemical-singapore', 'company', '新加坡启丰化学私人有限公司', '启丰化学', '', 'country=Singapore')
ent('company:huizhou-wanao-petrochemical', 'company', '惠州湾澳石化有限公司')
ent('project:wanao-ethylene-cracker-expansion', 'project', '湾澳乙烯裂解装置扩能改造项目')
CUR = 'k04'
ent('company:jiaxing-hengyue-auto-parts', 'company', '嘉兴恒岳汽车部件有限公司', '恒岳')
ent('project:hengyue-lightweight-chassis-smart-factory', 'project', '恒岳轻量化底盘件智能工厂', '', '', 'investment_cny=900000000')
ent('company:jiaxing-yunzhi-smart-home', 'company', '嘉兴云织智能家居有限公司')
ent('company:jiaxing-chiyuan-auto-tech', 'company', '嘉兴驰远汽车科技有限公司')
ent('company:jiaxing-yaochen-solar-tech', 'company', '嘉兴曜辰光能科技有限公司', '曜辰')
ent('project:yaochen-high-efficiency-pv-cell-expansion', 'project', '曜辰高效光伏电池片扩产项目')
ent('company:germany-sailin-optoelectronics', 'company', '德国赛林光电股份公司', '', '', 'country=Germany')
ent('company:jiaxing-yaolin-optoelectronic-materials', 'company', '嘉兴曜林光电材料有限公司', '', '', 'kind=joint_venture (曜辰控股60%)')
ent('company:zhejiang-hefeng-precision-machinery', 'company', '浙江禾丰精密机械有限公司')
CUR = 'k05'
ent('company:luoyang-mosheng-new-materials', 'company', '洛阳钼晟新材料股份有限公司')
ent('company:luoyang-hengtai-metal-tech', 'company', '洛阳恒钛金属科技有限公司')
ent('company:luoyang-dingheng-bearing', 'company', '洛阳鼎衡轴承股份有限公司', '鼎衡轴承')
ent('company:luoyang-zhongyue-intelligent-equipment', 'company', '洛阳中岳智能装备有限公司')
ent('company:luoyang-ruidong-robotics', 'company', '洛阳睿动机器人有限公司')
ent('project:mosheng-high-purity-mo-target', 'project', '钼晟高纯钼靶材产业化项目')
ent('project:ruidong-cobot-smart-factory', 'project', '睿动协作机器人智能工厂')
ent('company:luoyang-yaohua-electronics', 'company', '洛阳曜华电子科技有限公司')
CUR = 'k06'
ent('company:sichuan-mianxin-electronics', 'company', '四川绵芯电子科技有限公司', '绵芯电子')
ent('project:mianxin-high-capacity-mlcc-expansion', 'project', '绵芯高容MLCC扩产项目', '', '', 'investment_cny=1800000000')
ent('company:mianyang-kerui-optoelectronic-materials', 'company', '绵阳科瑞光电材料有限公司')
ent('company:chengdu-hualan-display', 'company', '成都华澜显示科技股份有限公司')
ent('company:mianyang-liyuan-new-energy-materials', 'company', '绵阳锂源新能源材料有限公司')
ent('company:sichuan-liyuan-holding-group', 'company', '四川锂源控股集团有限公司')
ent('company:mianyang-kefa-industrial-investment', 'company', '绵阳科发产业投资有限公司')
ent('company:mianyang-ruilian-smart-terminals', 'company', '绵阳睿联智能终端有限公司', '睿联智能终端')
ent('company:shenzhen-ruilian-communication', 'company', '深圳睿联通讯股份有限公司')
ent('company:mianyang-fuchuan-precision', 'company', '绵阳涪川精密制造有限公司')
CUR = 'k07'
ent('company:guangxi-liujun-auto-parts', 'company', '广西柳骏汽车零部件有限公司')
ent('company:shanghai-junda-die-casting', 'company', '上海骏达精密压铸股份有限公司')
ent('company:liuzhou-hongchi-icv-tech', 'company', '柳州宏驰智能网联科技有限公司')
ent('company:liuzhou-ruishi-energy-storage', 'company', '柳州锐石储能科技有限公司')
ent('company:guangxi-ruishi-new-energy-group', 'company', '广西锐石新能源集团有限公司', '锐石新能源')
ent('company:liuzhou-dongcheng-investment', 'company', '柳州东城投资开发集团有限公司')
ent('project:ruishi-5gwh-storage-battery', 'project', '锐石5GWh储能电池项目')
ent('company:liuzhou-yungong-data', 'company', '柳州云工数据服务有限公司')
ent('company:liuzhou-guiliu-bearing', 'company', '柳州桂柳轴承有限公司', '桂柳轴承')
ent('company:walter-auto-electronics-liuzhou', 'company', '瓦尔特汽车电子（柳州）有限公司')
ent('company:walter-auto-electronics-germany', 'company', '德国瓦尔特汽车电子股份公司', '', '', 'country=Germany')
ent('company:liuzhou-zhuoyuan-supply-chain', 'company', '柳州卓远供应链管理有限公司')
ent('company:liuzhou-huali-new-materials', 'company', '柳州华栎新材料科技有限公司')
ent('company:liuzhou-xinghe-low-altitude', 'company', '柳州星河低空科技有限公司')
ent('company:liuzhou-hengjun-precision-machinery', 'company', '柳州恒钧精工机械有限公司')
ent('company:liuzhou-hengjun-holding', 'company', '柳州恒钧控股有限公司')
CUR = 'k08'
ent('company:hainan-chengyang-petrochemical', 'company', '海南澄洋石化有限公司', '澄洋石化')
ent('project:chengyang-polycarbonate-ph2', 'project', '澄洋聚碳酸酯二期项目', '', '', 'investment_cny=4200000000')
ent('company:zhejiang-chengyuan-chemical-group', 'company', '浙江澄远化工集团有限公司')
ent('company:hainan-yegang-aviation-maintenance', 'company', '海南椰港航空维修工程有限公司', '', '', 'kind=joint_venture (各持股50%)')
ent('company:hainan-hangtuo-tech', 'company', '海南航拓科技有限公司')
ent('company:singapore-mingxiang-aviation-engineering', 'company', '新加坡明翔航空工程私人有限公司', '', '', 'country=Singapore')
ent('company:hainan-hekang-pharma', 'company', '海南禾康药业有限公司', '禾康药业')
ent('project:hekang-oral-solid-dosage-smart-workshop', 'project', '禾康口服固体制剂智能化车间项目')
ent('company:hainan-yuanfan-ship-management', 'company', '海南远帆国际船舶管理有限公司', '远帆船舶管理')
ent('company:shanghai-yuanfan-shipping-group', 'company', '上海远帆航运集团有限公司')
ent('company:uae-gulf-energy-trading', 'company', '阿联酋海湾能源贸易公司', '', '', 'country=UAE')
ent('company:hainan-yefeng-cross-border-supply-chain', 'company', '海南椰风跨境供应链有限公司')


# ---------------- clusters (bundled ids and names; aliases = the suffixed forms) ----------------
def cl(id, name, aliases, note):
    ent(id, 'cluster', name, aliases, '', note, '')


cl('cluster:information-innovation', '信息技术应用创新', '信息技术应用创新产业|信息技术应用创新产业集群|信息技术应用创新产业链|信创产业|信创产业链', 'articles=k01 (bare 信创 is not a dictionary form)')
cl('cluster:third-gen-semiconductors', '第三代半导体', '第三代半导体产业|第三代半导体产业集群|第三代半导体产业链', 'articles=k01')
cl('cluster:semiconductors', '半导体', '半导体产业|半导体产业集群|半导体产业链', 'no gold mention: listed so that the nested uses in firm names (烁晶半导体材料, 启衡半导体, 芯视界半导体) are visible')
cl('cluster:new-energy-vehicles', '新能源汽车', '新能源汽车产业|新能源汽车产业集群|新能源汽车产业链', 'articles=k01,k02,k07 (nested in a firm name in k01)')
cl('cluster:hydrogen', '氢能', '氢能产业|氢能产业集群|氢能产业链|氢能源', 'articles=k01')
cl('cluster:rare-earth-materials', '稀土新材料', '稀土新材料产业|稀土新材料产业集群|稀土新材料产业链|稀土功能材料|稀土产业', 'articles=k02')
cl('cluster:wind-power', '风电', '风电产业|风电产业集群|风电产业链|风电装备|风能', 'articles=k02 (风电装备 as an industry; also a product use there: other sense)')
cl('cluster:ultra-hd-video', '超高清视频', '超高清视频产业|超高清视频产业集群|超高清视频产业链|超高清', 'articles=k03 (超高清 in 8K超高清显示模组: other sense)')
cl('cluster:new-display', '新型显示', '新型显示产业|新型显示产业集群|新型显示产业链', 'articles=k03,k06')
cl('cluster:smart-terminals', '智能终端', '智能终端产业|智能终端产业集群|智能终端产业链', 'articles=k03 (nested in firm names in k06)')
cl('cluster:petrochemicals', '石油化工', '石油化工产业|石油化工产业集群|石油化工产业链|石化产业|石化产业链', 'articles=k03,k08')
cl('cluster:chemical-new-materials', '化工新材料', '化工新材料产业|化工新材料产业集群|化工新材料产业链', 'articles=k03,k07')
cl('cluster:electronic-chemicals', '电子化学品', '电子化学品产业|电子化学品产业集群|电子化学品产业链', 'articles=k03')
cl('cluster:auto-parts', '汽车零部件', '汽车零部件产业|汽车零部件产业集群|汽车零部件产业链|汽车零配件', 'articles=k04 (nested in a firm name in k07)')
cl('cluster:smart-home', '智能家居', '智能家居产业|智能家居产业集群|智能家居产业链', 'articles=k04 (nested in a firm name there)')
cl('cluster:photovoltaics', '光伏', '光伏产业|光伏产业集群|光伏产业链', 'articles=k04 (nested in a project name there)')
cl('cluster:smart-sensors', '智能传感器', '智能传感器产业|智能传感器产业集群|智能传感器产业链|传感器产业', 'articles=k04')
cl('cluster:artificial-intelligence', '人工智能', '人工智能产业|人工智能产业集群|人工智能产业链', 'articles=k04,k05')
cl('cluster:new-materials', '新材料', '新材料产业|新材料产业集群|新材料产业链', 'articles=k05,k08 (nested in firm names in k03, k05, k07)')
cl('cluster:high-end-equipment-manufacturing', '高端装备制造', '高端装备制造产业|高端装备制造产业集群|高端装备制造产业链|高端装备制造业|高端装备|高端装备产业|高端装备产业集群|高端装备产业链', 'articles=k05')
cl('cluster:robotics', '机器人产业', '机器人产业链|机器人产业集群|工业机器人产业|智能机器人产业', 'articles=k05 (bundled name; bare 机器人 is not a dictionary form)')
cl('cluster:electronic-information', '电子信息', '电子信息产业|电子信息产业集群|电子信息产业链|电子信息制造|电子信息制造业', 'articles=k05,k06')
cl('cluster:low-altitude-economy', '低空经济', '低空经济产业|低空经济产业集群|低空经济产业链', 'articles=k05,k07')
cl('cluster:intelligent-equipment', '智能装备', '智能装备产业|智能装备产业集群|智能装备产业链|智能装备制造|智能制造装备|智能制造装备产业', 'no gold mention: listed so that the nested use in a firm name (洛阳中岳智能装备有限公司, k05) is visible')
cl('cluster:new-energy-materials', '新能源材料', '新能源材料产业|新能源材料产业集群|新能源材料产业链', 'articles=k06 (nested in a firm name there)')
cl('cluster:electronic-components', '电子元器件', '电子元器件产业|电子元器件产业集群|电子元器件产业链', 'articles=k06')
cl('cluster:intelligent-connected-vehicles', '智能网联汽车', '智能网联汽车产业|智能网联汽车产业集群|智能网联汽车产业链', 'articles=k07')
cl('cluster:industrial-internet', '工业互联网', '工业互联网产业|工业互联网产业集群|工业互联网产业链', 'articles=k07 (a line of business there)')
cl('cluster:automobile', '汽车制造', '汽车制造产业|汽车制造产业集群|汽车制造产业链|汽车制造业|汽车产业|汽车产业集群|汽车产业链', 'articles=k07')
cl('cluster:energy-storage', '储能产业', '新型储能|储能产业链|储能产业集群', 'articles=k07 (bundled name; 新型储能 is its alias)')
cl('cluster:new-energy', '新能源', '新能源产业|新能源产业集群|新能源产业链', 'no gold mention: listed so that the nested uses in firm names (锐石新能源, k07) are visible')
cl('cluster:automotive-electronics', '汽车电子', '汽车电子产业|汽车电子产业集群|汽车电子产业链', 'no gold mention: listed so that the nested uses in firm names (瓦尔特汽车电子, k07) are visible')
cl('cluster:engineering-machinery', '工程机械', '工程机械产业|工程机械产业集群|工程机械产业链', 'no gold mention: listed so that the product use (工程机械液压件, k07) is visible')
cl('cluster:port-logistics', '港口物流', '港口物流产业|港口物流产业集群|港口物流产业链|港口物流业', 'articles=k08')
cl('cluster:cross-border-ecommerce', '跨境电商', '跨境电商产业|跨境电商产业集群|跨境电商产业链|跨境电子商务', 'articles=k08 (跨境电商专线: other sense)')
cl('cluster:biomedicine', '生物医药', '生物医药产业|生物医药产业集群|生物医药产业链', 'articles=k08')


# ---------------- secondary: regions and organizations (no gold mentions) ----------------
def region(id, name, level, note, aliases=''):
    ent(id, 'region', name, aliases, '', f'level={level}; {note}', f'level={level}')


region('region:wanshuiquan-town', '万水泉镇', 'town', 'city=包头市; k02: a town in the zone, not a zone')
region('region:chenjiang-subdistrict', '陈江街道', 'subdistrict', 'city=惠州市; k03: a street in 仲恺高新区, not a zone')
region('region:tonghu-town', '潼湖镇', 'town', 'city=惠州市; k03: a town in 仲恺高新区, not a zone')
region('region:shenzhen', '深圳市', 'city', 'k03: where a firm moved from', '深圳')
region('region:chengnan-subdistrict-jiaxing', '城南街道', 'subdistrict', 'city=嘉兴市; k04: a street in 嘉兴经开区, not a zone')
region('region:fengli-town', '丰李镇', 'town', 'city=洛阳市; k05: a town in 洛阳高新区, not a zone')
region('region:hainan-ftp', '海南自由贸易港', 'province', 'k08: the free trade port (the whole island), not a zone')


def org(id, name, note, kind='university', aliases=''):
    ent(id, 'organization', name, aliases, '', f'kind={kind}; {note}', f'kind={kind}')


org('org:taiyuan-university-of-technology', '太原理工大学', 'k01: lab partner of 云帆存储 (uncertain: an organization)')
org('org:baotou-public-resources-trading-center', '包头市公共资源交易中心', 'k02: the bidding venue', 'government_agency')
org('org:icbc-mianyang', '中国工商银行绵阳分行', 'k06: lender (授信; a bank branch, an organization)', 'bank')
org('org:abc-mianyang', '中国农业银行绵阳分行', 'k06: lender', 'bank')
org('org:mianyang-commercial-bank', '绵阳市商业银行', 'k06: lender', 'bank')
org('org:bank-of-sichuan-mianyang', '四川银行绵阳分行', 'k06: lender', 'bank')
org('org:pboc-mianyang', '人民银行绵阳市分行', 'k06: co-organizer of the meeting', 'central_bank_branch')
