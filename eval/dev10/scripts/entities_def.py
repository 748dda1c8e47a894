# Entity table for the dev10 set: (id, type, canonical, aliases, generic_aliases, gold_attributes, dict_attributes)
# aliases: surface variants that go into both entities.tsv and dictionary/entities.tsv
# generic_aliases: bare forms (经开区, 高新区, 综保区) that the gold uses for this entity in its own article;
#   they go into entities.tsv only (the dictionary leaves generic words to the team's generic-reference file).
# Cluster ids reuse the bundled ones (dictionaries/clusters.tsv); no new cluster id was needed. Company and project attributes
# hold no relation facts (no owner=, zone=, group=, parent=): relations must come from the text.
# Zone ids follow dictionaries/national_zones.tsv where the zone is listed there.
E = []
CUR = None  # the article of the company/project block being defined (added to the gold attributes as articles=…)


def ent(id, type, canonical, aliases='', generic='', gold='', dic=''):
    if type in ('company', 'project') and 'articles=' not in gold:
        gold = (gold + '; ' if gold else '') + f'articles={CUR}'
    E.append((id, type, canonical, [a for a in aliases.split('|') if a], [g for g in generic.split('|') if g], gold, dic))


ETDZ = 'kind=economic_and_technological_development_zone; level=national'
HTZ = 'kind=high_tech_zone; level=national'
# ---------------- zones ----------------
ent('zone:lianyungang-etdz', 'zone', '连云港经济技术开发区', '连云港经开区|连云港开发区', '经开区', 'kind=国家级经济技术开发区; city=连云港市; articles=o01', ETDZ)
ent('zone:lianyungang-hitech', 'zone', '连云港高新技术产业开发区', '连云港高新区|连云港国家高新区', '高新区', 'kind=国家级高新技术产业开发区; city=连云港市; articles=o01', HTZ)
ent('zone:weifang-hitech', 'zone', '潍坊高新技术产业开发区', '潍坊高新区|潍坊国家高新区', '高新区', 'kind=国家级高新技术产业开发区; city=潍坊市; articles=o02', HTZ)
ent('zone:weifang-binhai-etdz', 'zone', '潍坊滨海经济技术开发区', '潍坊滨海经开区', '', 'kind=国家级经济技术开发区; city=潍坊市; articles=o02', ETDZ)
ent('zone:chuzhou-etdz', 'zone', '滁州经济技术开发区', '滁州经开区', '经开区', 'kind=国家级经济技术开发区; city=滁州市; note=城东片区 is an area of the zone, not an entity; articles=o03', ETDZ)
ent('zone:chuzhou-suchu-hitech', 'zone', '中新苏滁高新技术产业开发区', '苏滁现代产业园|中新苏滁高新区',
    '', 'kind=high_tech_zone (中新苏滁现代产业园, the China-Singapore park; the annotator\'s belief); city=滁州市; note=level left unstated; articles=o03', 'kind=high_tech_zone')
ent('zone:yueyang-etdz', 'zone', '岳阳经济技术开发区', '岳阳经开区', '经开区', 'kind=国家级经济技术开发区; city=岳阳市; articles=o04', ETDZ)
ent('zone:yueyang-green-chemical-hitech', 'zone', '岳阳绿色化工高新技术产业开发区', '岳阳绿色化工高新区|绿色化工高新区',
    '', 'kind=high_tech_zone (chemical park; the annotator\'s belief); city=岳阳市; note=level left unstated; articles=o04', 'kind=high_tech_zone')
ent('zone:huzhou-etdz', 'zone', '湖州经济技术开发区', '湖州经开区|湖州开发区', '', 'kind=国家级经济技术开发区; city=湖州市; articles=o05', ETDZ)
ent('zone:huzhou-moganshan-hitech', 'zone', '湖州莫干山高新技术产业开发区', '莫干山高新技术产业开发区|莫干山高新区|湖州莫干山高新区|湖州莫干山国家高新区', '', 'kind=国家级高新技术产业开发区; city=湖州市 (德清县); articles=o05', HTZ)
ent('zone:changxing-etdz', 'zone', '长兴经济技术开发区', '长兴经开区|长兴开发区', '', 'kind=国家级经济技术开发区; city=湖州市 (长兴县); articles=o05', ETDZ)
ent('zone:maanshan-etdz', 'zone', '马鞍山经济技术开发区', '马鞍山经开区', '经开区', 'kind=国家级经济技术开发区; city=马鞍山市; note=东区 is an area of the zone, not an entity; articles=o06', ETDZ)
ent('zone:maanshan-cbz', 'zone', '马鞍山综合保税区', '马鞍山综保区', '综保区',
    'kind=comprehensive_bonded_zone; parent=zone:maanshan-etdz (the “区中区” of the zone, as o06 says; the annotator\'s belief, not checked); articles=o06', 'kind=comprehensive_bonded_zone')
ent('zone:maanshan-cihu-hitech', 'zone', '马鞍山慈湖高新技术产业开发区', '慈湖高新技术产业开发区|慈湖高新区|马鞍山慈湖高新区|马鞍山慈湖国家高新区', '', 'kind=国家级高新技术产业开发区; city=马鞍山市; articles=o06', HTZ)
ent('zone:hengyang-hitech', 'zone', '衡阳高新技术产业开发区', '衡阳高新区|衡阳国家高新区', '高新区', 'kind=国家级高新技术产业开发区; city=衡阳市; articles=o07', HTZ)
ent('zone:hengyang-songmu-edz', 'zone', '衡阳松木经济开发区', '松木经济开发区|松木经开区',
    '', 'kind=economic_development_zone (chemical industry; the annotator\'s belief); city=衡阳市; note=level left unstated; articles=o07', 'kind=economic_development_zone')
ent('zone:jingmen-hitech', 'zone', '荆门高新技术产业开发区', '荆门高新区|荆门国家高新区', '高新区', 'kind=国家级高新技术产业开发区; city=荆门市; articles=o08', HTZ)
ent('zone:jingmen-chemical-recycling-park', 'zone', '荆门化工循环产业园', '',
    '', 'kind=chemical_industry_park (the annotator\'s belief); city=荆门市; note=level left unstated; articles=o08', 'kind=chemical_industry_park')

# ---------------- companies and projects ----------------
CUR = 'o01'
ent('project:hanyang-high-end-formulations', 'project', '瀚洋高端制剂产业化项目', '')
ent('company:jiangsu-hanyang-pharma-tech', 'company', '江苏瀚洋医药科技有限公司', '瀚洋医药')
ent('company:beijing-hanyang-pharma-group', 'company', '北京瀚洋医药集团股份有限公司', '')
ent('company:shanghai-ruihua-new-materials-group', 'company', '上海锐华新材料集团有限公司', '锐华集团')
ent('company:lianyungang-gangcheng-chemical', 'company', '连云港港城化工有限公司', '港城化工')
ent('company:jiangsu-ruigang-new-materials', 'company', '江苏锐港新材料有限公司', '锐港新材料')
ent('project:ruigang-polyimide-film', 'project', '锐港高性能聚酰亚胺薄膜项目', '')
ent('company:lianyungang-kanghan-pharma', 'company', '连云港康瀚制药有限公司', '康瀚制药')
ent('company:zhejiang-zechuan-chemical', 'company', '浙江泽川化学股份有限公司', '泽川化学')
ent('company:nanjing-yunshu-software', 'company', '南京云枢软件科技有限公司', '云枢软件')
ent('project:yunshu-industrial-software-base', 'project', '云枢工业软件研发基地项目', '')
ent('company:jiangsu-haiqing-intelligent-equipment', 'company', '江苏海擎智能装备有限公司', '')
ent('company:xuzhou-huagong-machinery-group', 'company', '徐州华工机械集团有限公司', '')
ent('company:lianyungang-qinggong-port-machinery', 'company', '连云港擎工港机装备有限公司', '')
ent('company:suzhou-lingyue-semiconductor', 'company', '苏州凌岳半导体有限公司', '')
CUR = 'o02'
ent('company:shandong-muguang-optics', 'company', '山东沐光光学科技有限公司', '沐光光学')
ent('company:weifang-ruiting-acoustics', 'company', '潍坊睿听声学科技有限公司', '睿听声学')
ent('company:weifang-shijiexin-electronics', 'company', '潍坊视界芯电子有限公司', '视界芯电子')
ent('company:shandong-haiyue-optical-materials', 'company', '山东海岳光学材料有限公司', '')
ent('company:korea-hanyang-optoelectronics', 'company', '韩国汉阳光电株式会社', '')
ent('company:weifang-hanmu-waveguide', 'company', '潍坊汉沐光波导科技有限公司', '')
ent('company:shenzhen-shengchuang-tech-group', 'company', '深圳声创科技集团股份有限公司', '声创集团')
ent('company:anhui-shixin-display-group', 'company', '安徽视芯显示集团有限公司', '')
ent('company:shandong-huanyu-intelligent-tech', 'company', '山东幻域智能科技有限公司', '幻域智能')
ent('company:weifang-langheng-intelligent-equipment', 'company', '潍坊朗衡智能装备有限公司', '')
CUR = 'o03'
ent('company:zhejiang-qichen-solar', 'company', '浙江启辰光能科技股份有限公司', '启辰光能')
ent('company:hangzhou-qichen-new-energy-investment', 'company', '杭州启辰新能源投资有限公司', '启辰投资')
ent('company:chuzhou-wandong-industrial-investment', 'company', '滁州皖东产业投资有限公司', '皖东产投')
ent('company:chuzhou-qichen-solar', 'company', '滁州启辰光能科技有限公司', '滁州启辰')
ent('project:qichen-chuzhou-10gw-modules', 'project', '启辰滁州年产10GW高效光伏组件项目', '')
ent('company:jiangsu-runheng-new-energy-group', 'company', '江苏润衡新能源集团有限公司', '')
ent('company:chuzhou-fenghua-glass', 'company', '滁州凤华玻璃科技有限公司', '')
CUR = 'o04'
ent('company:hunan-yuexin-microelectronics', 'company', '湖南岳芯微电子有限公司', '岳芯微电子')
ent('company:yueyang-huida-optoelectronics', 'company', '岳阳汇达光电科技有限公司', '汇达光电')
ent('project:yuexin-power-device-packaging', 'project', '岳芯功率器件封装测试项目', '')
ent('company:shenzhen-huida-optics-group', 'company', '深圳汇达光学集团有限公司', '汇达光学')
ent('company:yueyang-yuetou-industrial-development', 'company', '岳阳市岳投产业发展有限公司', '')
ent('company:hunan-xiangheng-hydraulic', 'company', '湖南湘恒液压机械有限公司', '湘恒液压')
ent('company:changsha-xiangheng-heavy-industry-group', 'company', '长沙湘恒重工集团有限公司', '')
ent('company:guangdong-yuechi-new-energy', 'company', '广东粤驰新能源科技有限公司', '')
ent('company:hunan-chuchi-auto-electronics', 'company', '湖南楚驰汽车电子有限公司', '')
ent('company:hunan-dongting-jucai-tech', 'company', '湖南洞庭聚材科技有限公司', '')
ent('project:dongting-polyolefin-elastomer', 'project', '洞庭聚烯烃弹性体项目', '')
ent('company:yueyang-xinggang-petrochemical', 'company', '岳阳兴港石化有限公司', '')
ent('company:shanghai-ruize-medical-devices', 'company', '上海睿泽医疗器械有限公司', '')
CUR = 'o05'
ent('company:shanghai-huapai-biotech-group', 'company', '上海华湃生物科技集团有限公司', '华湃集团')
ent('company:huzhou-huapai-biomedicine', 'company', '湖州华湃生物医药有限公司', '')
ent('company:zhejiang-changneng-power-group', 'company', '浙江长能电源集团有限公司', '长能集团')
ent('company:japan-towa-kasei', 'company', '日本东和化成株式会社', '')
ent('company:zhejiang-changhe-energy-storage-materials', 'company', '浙江长和储能材料有限公司', '长和储能材料')
ent('company:zhejiang-kantu-spatial-info', 'company', '浙江瞰图空间信息科技有限公司', '瞰图科技')
ent('company:huzhou-lvyuan-battery', 'company', '湖州绿源电池有限公司', '')
ent('company:zhejiang-hengxin-semiconductor', 'company', '浙江恒芯半导体有限公司', '')
CUR = 'o06'
ent('company:anhui-ruichi-rail-transit-equipment', 'company', '安徽锐驰轨道交通装备有限公司', '锐驰轨道')
ent('project:ruichi-intercity-emu-bogie', 'project', '锐驰城际动车组转向架项目', '')
ent('company:jiangsu-changchi-rail-transit-group', 'company', '江苏常驰轨道交通集团有限公司', '')
ent('company:maanshan-jingduan-machinery', 'company', '马鞍山精锻机械有限公司', '')
ent('company:maanshan-hengchi-edrive', 'company', '马鞍山恒驰电驱科技有限公司', '')
ent('company:anhui-kaitu-auto-parts', 'company', '安徽凯途汽车部件有限公司', '')
ent('project:kaitu-auto-thermal-management', 'project', '凯途汽车热管理系统项目', '')
ent('company:shenzhen-xingyi-smart-appliances', 'company', '深圳星翼智能家电有限公司', '')
ent('company:maanshan-jingyue-electronics', 'company', '马鞍山晶跃电子科技有限公司', '')
ent('project:jingyue-server-bonded-processing', 'project', '晶跃服务器整机保税加工项目', '')
ent('company:shanghai-yunxiu-info-tech', 'company', '上海云岫信息技术有限公司', '')
ent('company:maanshan-tongchuang-logistics', 'company', '马鞍山同创物流有限公司', '')
ent('company:maanshan-ganglian-new-materials', 'company', '马鞍山钢联新材料有限公司', '')
ent('company:maanshan-jiangdong-steel-group', 'company', '马鞍山江东钢铁集团有限公司', '')
ent('company:austria-stein-metal-tech', 'company', '奥地利施泰因金属技术公司', '')
ent('project:ganglian-high-strength-auto-sheet', 'project', '钢联高强汽车板项目', '')
ent('company:anhui-heyuan-biotech', 'company', '安徽禾原生物科技有限公司', '')
ent('project:heyuan-synthetic-biology-pilot-base', 'project', '禾原合成生物中试基地项目', '')
CUR = 'o07'
ent('company:hengyang-xiangneng-electric', 'company', '衡阳湘能电气有限公司', '湘能电气')
ent('company:hunan-xiangneng-electric-group', 'company', '湖南湘能电气集团股份有限公司', '')
ent('company:hengyang-bochuan-new-materials', 'company', '衡阳铂川新材料有限公司', '铂川新材料')
ent('project:bochuan-electronic-paste', 'project', '铂川电子浆料项目', '')
ent('company:jiangxi-bochuan-group', 'company', '江西铂川集团有限公司', '')
ent('company:hengyang-zhilian-electronics', 'company', '衡阳智联电子有限公司', '智联电子')
ent('company:shenzhen-yunding-communication', 'company', '深圳云鼎通信技术有限公司', '')
ent('company:hengyang-zhiding-communication-equipment', 'company', '衡阳智鼎通信设备有限公司', '智鼎通信')
ent('company:hengyang-haitai-chemical-new-materials', 'company', '衡阳海泰化工新材料有限公司', '')
ent('company:hunan-chutian-optoelectronics', 'company', '湖南楚天光电科技有限公司', '楚天光电')
ent('company:beijing-xingtu-aviation-tech', 'company', '北京星途航空科技有限公司', '')
CUR = 'o08'
ent('company:hubei-hejun-intelligent-agri-machinery', 'company', '湖北禾骏智能农机有限公司', '禾骏农机')
ent('company:chuhe-holding-group', 'company', '楚禾控股集团有限公司', '楚禾集团')
ent('company:shandong-ludong-engine', 'company', '山东鲁动发动机有限公司', '')
ent('company:hubei-jingchu-coatings', 'company', '湖北荆楚涂料科技有限公司', '')
ent('company:changzhou-donggeng-power-tech', 'company', '常州东耕动力科技有限公司', '')
ent('company:jingmen-hegeng-transmission', 'company', '荆门禾耕传动科技有限公司', '')
ent('company:xinjiang-tianken-agri-services-group', 'company', '新疆天垦农业服务集团有限公司', '')
ent('company:yunnan-diangeng-agri-tech', 'company', '云南滇耕农业科技有限公司', '')
ent('project:hejun-hilly-smart-agri-machinery', 'project', '禾骏丘陵山地智能农机产业化项目', '')


# ---------------- clusters (bundled ids and names; aliases = the suffixed forms) ----------------
def cl(id, name, aliases, note):
    ent(id, 'cluster', name, aliases, '', note, '')


S = '{0}产业|{0}产业集群|{0}产业链'
cl('cluster:biomedicine', '生物医药', S.format('生物医药'), 'articles=o01,o04,o05 (nested in firm names in o05)')
cl('cluster:new-materials', '新材料', S.format('新材料'), 'articles=o01 (nested in firm names and in 化工新材料 in o01, o02, o04, o06, o07)')
cl('cluster:high-end-equipment-manufacturing', '高端装备制造', S.format('高端装备制造') + '|高端装备制造业|高端装备|高端装备产业|高端装备产业集群|高端装备产业链', 'articles=o01,o03,o05')
cl('cluster:software-info-services', '软件和信息服务', S.format('软件和信息服务') + '|软件和信息服务业|软件和信息技术服务|软件和信息技术服务业|软件信息服务|软件信息服务业|软件产业|软件业', 'articles=o01')
cl('cluster:smart-sensors', '智能传感器', S.format('智能传感器') + '|传感器产业', 'articles=o01')
cl('cluster:virtual-reality', '虚拟现实', S.format('虚拟现实'), 'articles=o02')
cl('cluster:chemical-new-materials', '化工新材料', S.format('化工新材料'), 'articles=o02,o04 (nested in a firm name in o07)')
cl('cluster:marine-equipment', '海洋装备', S.format('海洋装备') + '|深海装备', 'articles=o02')
cl('cluster:artificial-intelligence', '人工智能', S.format('人工智能'), 'articles=o02')
cl('cluster:metaverse', '元宇宙', S.format('元宇宙'), 'articles=o02')
cl('cluster:photovoltaics', '光伏', S.format('光伏'), 'articles=o03 (also nested in a project name and used as a product word: 光伏组件, 光伏玻璃, 光伏电池片, other sense)')
cl('cluster:new-energy-vehicles', '新能源汽车', S.format('新能源汽车'), 'articles=o03,o06')
cl('cluster:smart-home-appliances', '智能家电', S.format('智能家电') + '|家电产业|家电产业集群|家电产业链', 'articles=o03,o06 (nested in a firm name in o06)')
cl('cluster:electronic-information', '电子信息', S.format('电子信息') + '|电子信息制造|电子信息制造业', 'articles=o03,o04,o07')
cl('cluster:equipment-manufacturing', '装备制造', S.format('装备制造') + '|装备制造业', 'articles=o04 (nested in 高端装备制造 in o01)')
cl('cluster:electronic-chemicals', '电子化学品', S.format('电子化学品'), 'articles=o04')
cl('cluster:geographic-information', '地理信息产业', '地理信息产业集群|地理信息产业链', 'articles=o05 (bundled name; bare 地理信息 is not a dictionary form)')
cl('cluster:energy-storage', '储能产业', '新型储能|新型储能产业链|储能产业链|储能产业集群', 'articles=o05 (bundled name; the gold uses 新型储能 and 新型储能产业链; bare 储能 is not a dictionary form)')
cl('cluster:new-generation-it', '新一代信息技术', S.format('新一代信息技术'), 'articles=o05')
cl('cluster:rail-transit-equipment', '轨道交通装备', S.format('轨道交通装备') + '|轨道交通装备制造|轨道交通装备制造业|轨道交通产业', 'articles=o06 (nested in a firm name there)')
cl('cluster:advanced-structural-materials', '先进结构材料', S.format('先进结构材料'), 'articles=o06')
cl('cluster:power-transmission-equipment', '输变电装备', S.format('输变电装备'), 'articles=o07')
cl('cluster:low-altitude-economy', '低空经济', S.format('低空经济'), 'articles=o07')
cl('cluster:communication-equipment', '通信设备', S.format('通信设备') + '|通信设备制造|通信设备制造业', 'articles=o07 (in a journalist\'s question; nested in a firm name there)')
cl('cluster:salt-chemicals', '盐化工', S.format('盐化工'), 'articles=o07')
cl('cluster:fine-chemicals', '精细化工', S.format('精细化工'), 'articles=o07,o08')
cl('cluster:agricultural-machinery', '农机装备', S.format('农机装备'), 'articles=o08')
cl('cluster:general-aviation', '通用航空', S.format('通用航空'), 'articles=o08')
cl('cluster:new-energy', '新能源', S.format('新能源'), 'no gold mention: listed so that the nested uses in firm names (杭州启辰新能源投资有限公司, 江苏润衡新能源集团有限公司, o03; 广东粤驰新能源科技有限公司, o04) and in 新能源汽车 are visible')
cl('cluster:intelligent-equipment', '智能装备', S.format('智能装备') + '|智能装备制造|智能制造装备', 'no gold mention: listed so that the nested uses in firm names (江苏海擎智能装备有限公司, o01; 潍坊朗衡智能装备有限公司, o02) are visible')
cl('cluster:automotive-electronics', '汽车电子', S.format('汽车电子'), 'no gold mention: listed so that the nested use in a firm name (湖南楚驰汽车电子有限公司, o04) is visible')
cl('cluster:medical-devices', '医疗器械', S.format('医疗器械'), 'no gold mention: listed so that the nested use in a firm name (上海睿泽医疗器械有限公司, o04) is visible')
cl('cluster:synthetic-biology', '合成生物', S.format('合成生物'), 'no gold mention: listed so that the nested use in a project name (禾原合成生物中试基地项目, o06) is visible')
