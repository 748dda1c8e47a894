# Entity table for the dev2 set: (id, type, canonical, aliases, generic_aliases, gold_attributes, dict_attributes)
# aliases: surface variants that go into both entities.tsv and dictionary/entities.tsv
# generic_aliases: bare forms (高新区, 开发区, 新区, 经开区, 实验区) that the gold uses for this entity in its own article;
#   they go into entities.tsv only (the dictionary leaves generic words to the team's generic-reference file).
# Cluster ids reuse dictionaries/clusters.tsv where the industry exists there; new ones: photonics, machine-vision, aviation-logistics.
E = []
def ent(id, type, canonical, aliases='', generic='', gold='', dic=''):
    E.append((id, type, canonical, [a for a in aliases.split('|') if a], [g for g in generic.split('|') if g], gold, dic))

# ---------------- zones ----------------
ent('zone:xian-hitech', 'zone', '西安高新技术产业开发区', '西安高新区', '高新区',
    'kind=国家级高新技术产业开发区; city=西安市; q2_2024_signing=28个项目, 总投资约416亿元; articles=d01',
    'kind=high_tech_zone; level=national')
ent('zone:xian-caotang-base', 'zone', '草堂科技产业基地', '', '',
    'kind=sub_park; parent=zone:xian-hitech (高新区草堂科技产业基地); articles=d01',
    'kind=sub_park')
ent('zone:tianjin-etdz', 'zone', '天津经济技术开发区', '天津开发区|天津经开区', '开发区',
    'kind=国家级经济技术开发区; city=天津市; gdp_2023=2380亿元 (+5.6%); industrial_output_2023=6120亿元; articles=d02',
    'kind=economic_and_technological_development_zone; level=national')
ent('zone:tianjin-binhai-new-area', 'zone', '天津滨海新区', '滨海新区', '',
    'kind=国家级新区; city=天津市; articles=d02 (only as the frame 滨海新区各功能区)',
    'kind=new_area; level=national')
ent('zone:tianjin-yixian-park', 'zone', '逸仙科学工业园', '', '',
    'kind=sub_park; parent=zone:tianjin-etdz (开发区逸仙科学工业园); articles=d02',
    'kind=sub_park')
ent('zone:hangzhou-hitech', 'zone', '杭州高新技术产业开发区', '杭州高新区（滨江）|杭州高新区(滨江)|杭州高新区', '高新区',
    'kind=国家级高新技术产业开发区; city=杭州市; note=区政合一 with 滨江区; articles=d03',
    'kind=high_tech_zone; level=national')
ent('zone:hangzhou-iot-town', 'zone', '物联网小镇', '', '',
    'kind=sub_park (特色小镇); parent=zone:hangzhou-hitech (高新区物联网小镇); articles=d03',
    'kind=sub_park')
ent('zone:hangzhou-qiantang', 'zone', '杭州钱塘新区', '钱塘新区', '新区',
    'kind=新区; city=杭州市; articles=d03',
    'kind=new_area')
ent('zone:zhengzhou-airport-economy-zone', 'zone', '郑州航空港经济综合实验区', '郑州航空港区|航空港区', '实验区',
    'kind=国家级航空港经济综合实验区; city=郑州市; q3_2024=12个项目集中开工, 总投资312亿元; articles=d04',
    'kind=airport_economy_zone; level=national')
ent('zone:zhengzhou-linkong-biomedicine-park', 'zone', '郑州临空生物医药园', '临空生物医药园', '',
    'kind=sub_park; parent=zone:zhengzhou-airport-economy-zone (位于航空港区东部); biomedicine_firms=60+; articles=d04',
    'kind=sub_park')
ent('zone:xiamen-torch-hitech', 'zone', '厦门火炬高技术产业开发区', '厦门火炬高新区|火炬高新区', '高新区',
    'kind=国家级高新技术产业开发区; city=厦门市; new_display_output=1600亿元+; articles=d05',
    'kind=high_tech_zone; level=national')
ent('zone:xiamen-xiangan-industrial-area', 'zone', '翔安产业区', '火炬（翔安）产业区|火炬(翔安)产业区', '',
    'kind=sub_park; parent=zone:xiamen-torch-hitech (厦门火炬高技术产业开发区翔安产业区); not 翔安区 (the district); articles=d05',
    'kind=sub_park')
ent('zone:wuxi-hitech', 'zone', '无锡国家高新技术产业开发区', '无锡高新区|无锡高新技术产业开发区', '高新区',
    'kind=国家级高新技术产业开发区; city=无锡市; q1_2024_signing=26个项目; articles=d06',
    'kind=high_tech_zone; level=national')
ent('zone:wuxi-etdz', 'zone', '无锡经济技术开发区', '无锡经开区', '经开区',
    'kind=国家级经济技术开发区; city=无锡市; q1_2024_signing=17个项目; articles=d06',
    'kind=economic_and_technological_development_zone; level=national')

# ---------------- companies ----------------
# d01
ent('company:shaanxi-qinxin-microelectronics', 'company', '陕西秦芯微电子有限公司', '秦芯微电子', '', 'field=半导体; articles=d01')
ent('company:xian-jingcai-tech', 'company', '西安晶材科技', '', '', 'articles=d01')
ent('company:shaanxi-huaqi-semiconductor-materials', 'company', '陕西华气半导体材料有限公司', '', '', 'articles=d01')
ent('company:xian-ruiguang-photonics', 'company', '西安锐光光子科技有限公司', '锐光光子', '', 'role=光子产业链龙头企业; plan=西北总部 in 西安高新区; articles=d01')
ent('company:beijing-zhongke-guangyan', 'company', '北京中科光研技术有限公司', '', '', 'articles=d01')
ent('company:shaanxi-chiyuan-power', 'company', '陕西驰远动力科技有限公司', '驰远动力', '', 'parent=company:qinchi-auto-group (旗下); articles=d01')
ent('company:qinchi-auto-group', 'company', '秦驰汽车集团', '', '', 'articles=d01')
ent('company:kangborui-bio', 'company', '康博瑞生物', '', '', 'articles=d01')
ent('company:huanuo-medical', 'company', '华诺医疗', '', '', 'articles=d01')
ent('company:xian-deji-pharma', 'company', '西安德济药业', '', '', 'articles=d01')
# d02
ent('company:jinhua-auto', 'company', '津华汽车有限公司', '津华汽车', '', 'output_2023=42万辆+; articles=d02')
ent('company:tianjin-boyuan-auto-electronics', 'company', '天津博远汽车电子有限公司', '博远汽车电子', '', 'articles=d02')
ent('company:haisheng-precision-forging', 'company', '海晟精锻', '', '', 'articles=d02')
ent('company:tianjin-hongxin-storage', 'company', '天津宏芯存储科技有限公司', '宏芯存储', '', 'articles=d02')
ent('company:xinlian-micro-components', 'company', '芯联微组件', '', '', 'articles=d02')
ent('company:zerun-optoelectronics', 'company', '泽润光电', '', '', 'articles=d02')
ent('company:jinkang-biopharma', 'company', '津康生物制药有限公司', '津康生物', '', 'revenue_growth_2023=21%; articles=d02')
ent('company:tianjin-jinkang-cell-therapy', 'company', '天津津康细胞治疗技术有限公司', '', '', 'parent=company:jinkang-biopharma (全资子公司); articles=d02')
ent('company:nuodekang-medical', 'company', '诺德康医疗', '', '', 'articles=d02')
ent('company:tianjin-ganghang-hydrogen', 'company', '天津港航氢能科技有限公司', '', '', 'articles=d02')
# d03
ent('company:hangzhou-hengchuan-vision', 'company', '杭州衡川视觉科技股份有限公司', '衡川视觉', '', 'founded=2012; revenue_2023=18.6亿元; staff=2100+; articles=d03')
ent('company:hangzhou-jingjie-optics', 'company', '杭州镜界光学有限公司', '', '', 'role=镜头供应商; articles=d03')
ent('company:langming-lighting', 'company', '朗明照明', '', '', 'role=光源供应商; articles=d03')
ent('company:hangzhou-hengchuan-zhizao', 'company', '杭州衡川智造有限公司', '衡川智造', '', 'parent=company:hangzhou-hengchuan-vision (旗下); articles=d03')
ent('company:hangzhou-hengyi-zhizhuang', 'company', '杭州恒毅智装科技有限公司', '', '', 'articles=d03')
ent('company:hangzhou-hengxin-weigan', 'company', '杭州衡芯微感科技有限公司', '', '', 'parent=company:hangzhou-hengchuan-vision (控股子公司); articles=d03')
# d04
ent('company:henan-yuping-optoelectronics', 'company', '河南豫屏光电科技有限公司', '豫屏光电', '', 'articles=d04')
ent('company:zhengzhou-linkong-industry-investment', 'company', '郑州临空产业投资有限公司', '', '', 'role=project owner (业主); articles=d04')
ent('company:zhengzhou-hangxing-construction', 'company', '郑州航兴建设集团有限公司', '', '', 'role=builder (承建); articles=d04')
ent('company:henan-shunda-supply-chain', 'company', '河南顺达供应链管理有限公司', '', '', 'articles=d04')
ent('company:zhengzhou-huarui-precision', 'company', '郑州华瑞精密科技有限公司', '华瑞精密', '', 'articles=d04')
ent('company:zhongli-new-energy-zhengzhou', 'company', '中锂新能源科技（郑州）有限公司', '中锂新能源科技(郑州)有限公司|中锂新能源', '', 'parent=company:changzhou-zhongli-group (全资子公司); articles=d04')
ent('company:changzhou-zhongli-group', 'company', '常州中锂集团', '', '', 'articles=d04')
ent('company:yuchi-auto', 'company', '豫驰汽车', '', '', 'articles=d04')
# d05
ent('company:xiamen-luxian-optoelectronics', 'company', '厦门鹭显光电科技有限公司', '鹭显光电', '', 'role=新型显示产业链链主企业; output_2023=260亿元+; articles=d05')
ent('company:xiamen-haijing-electronic-glass', 'company', '厦门海晶电子玻璃有限公司', '海晶电子', '', 'role=玻璃基板供应商 of 鹭显光电; articles=d05')
ent('company:luxin-microelectronics', 'company', '鹭芯微电子', '', '', 'articles=d05')
ent('company:kaize-polarizer-materials', 'company', '凯泽偏光材料', '', '', 'articles=d05')
ent('company:lianping-module-tech', 'company', '联屏模组科技', '', '', 'articles=d05')
ent('company:xiamen-luxin-display-driver', 'company', '厦门鹭芯显示驱动技术有限公司', '', '', 'joint_venture_of=company:luxin-microelectronics, company:xiamen-luxian-optoelectronics (共同出资组建); articles=d05')
ent('company:huayu-optoelectronics', 'company', '华屿光电', '', '', 'parent=company:xiamen-luxian-optoelectronics (控股子公司); articles=d05')
ent('company:chenlu-touch-xiamen', 'company', '宸鹭触控科技（厦门）有限公司', '宸鹭触控科技(厦门)有限公司|宸鹭触控', '', 'origin=台资; articles=d05')
# d06
ent('company:wuxi-ximicro-semiconductor', 'company', '无锡锡微半导体有限公司', '锡微半导体', '', 'articles=d06')
ent('company:kangtairui-bio', 'company', '康泰瑞生物', '', '', 'articles=d06')
ent('company:wugan-tech', 'company', '物感科技', '', '', 'articles=d06')
ent('company:changjing-packaging-tech', 'company', '长晶封装科技', '', '', 'role=封测企业; articles=d06')
ent('company:lanxing-zhijia', 'company', '澜行智驾', '', '', 'articles=d06')
ent('company:wuxi-chengjian-development-group', 'company', '无锡城建发展集团', '', '', 'role=代建 (builder); articles=d06')
ent('company:wuxi-taihu-yunsuan', 'company', '无锡太湖云算科技有限公司', '太湖云算', '', 'articles=d06')
ent('company:shucheng-tech', 'company', '数澄科技', '', '', 'articles=d06')
ent('company:wuxi-xichuang-intelligent-equipment', 'company', '无锡锡创智能装备有限公司', '锡创智能', '', 'zones=zone:wuxi-hitech (总部和生产基地), zone:wuxi-etdz (研发中心); parent=company:wuxi-longwei-electromechanical-group; articles=d06')
ent('company:wuxi-longwei-electromechanical-group', 'company', '无锡隆威机电集团', '', '', 'articles=d06')

# ---------------- projects ----------------
# d01
ent('project:qinxin-power-semiconductor-wafer-fab', 'project', '秦芯功率半导体晶圆制造项目', '', '', 'investment=160亿元; capacity=月产3万片12英寸晶圆; articles=d01', 'investment_cny=16000000000')
ent('project:jingcai-photoresist', 'project', '晶材高纯光刻胶项目', '', '', 'site=草堂科技产业基地; articles=d01')
ent('project:huaqi-specialty-gas', 'project', '华气电子特气项目', '', '', 'site=草堂科技产业基地; articles=d01')
ent('project:ruiguang-ultrafast-laser-rd-center', 'project', '锐光超快激光器研发中心', '', '', 'articles=d01')
ent('project:chiyuan-e-drive-system', 'project', '驰远电驱动系统项目', '', '', 'investment=32亿元; articles=d01', 'investment_cny=3200000000')
ent('project:kangborui-mrna-vaccine-pilot-base', 'project', '康博瑞mRNA疫苗中试基地', '', '', 'start=2024 (年内开工); articles=d01')
# d02
ent('project:hongxin-advanced-packaging-base', 'project', '宏芯先进封测基地', '', '', 'investment=75亿元; in_production=2023-05; articles=d02', 'investment_cny=7500000000')
ent('project:jinhua-nev-smart-factory', 'project', '津华汽车新能源整车智能工厂', '', '', 'investment=40亿元; articles=d02', 'investment_cny=4000000000')
ent('project:boyuan-smart-cockpit-module-phase2', 'project', '博远汽车电子智能座舱模组二期', '', '', 'articles=d02')
ent('project:haisheng-lightweight-chassis-parts', 'project', '海晟精锻轻量化底盘件项目', '', '', 'articles=d02')
ent('project:ganghang-fuel-cell-stack', 'project', '港航燃料电池电堆项目', '', '', 'start=2023-10; articles=d02')
# d03
ent('project:hengchuan-smart-camera-base', 'project', '衡川智能相机制造基地', '', '', 'investment=9亿元; phase1_in_production=2024-03; articles=d03', 'investment_cny=900000000')
ent('project:hengchuan-vision-algorithm-institute', 'project', '衡川视觉算法研究院', '', '', 'investment=12亿元; completion=2025 (明年竣工); articles=d03', 'investment_cny=1200000000')
# d04
ent('project:yuping-flexible-display-module', 'project', '豫屏柔性显示模组项目', '', '', 'investment=85亿元; capacity=1200万片/年; articles=d04', 'investment_cny=8500000000')
ent('project:linkong-smart-terminal-park-phase3', 'project', '临空智能终端产业园三期', '', '', 'owner=郑州临空产业投资有限公司; builder=郑州航兴建设集团有限公司; articles=d04')
ent('project:shunda-air-cold-chain-center', 'project', '顺达航空冷链物流中心', '', '', 'articles=d04')
ent('project:kanglida-biologics-base', 'project', '康立达生物制剂基地', '', '', 'site=郑州临空生物医药园; articles=d04')
ent('project:huarui-precision-structural-parts', 'project', '华瑞精密结构件项目', '', '', 'status=竣工; articles=d04')
ent('project:airport-cbec-supervision-center-phase2', 'project', '空港跨境电商监管中心二期', '', '', 'status=竣工; articles=d04')
ent('project:zhongli-20gwh-power-battery-phase1', 'project', '中锂新能源20GWh动力电池项目一期', '', '', 'status=投产; articles=d04')
ent('project:zhongli-battery-materials-rd-center', 'project', '中锂电池材料研发中心', '', '', 'articles=d04')
# d05
ent('project:haijing-high-gen-glass-substrate', 'project', '海晶高世代基板玻璃项目', '', '', 'investment=28亿元; site=翔安产业区; articles=d05', 'investment_cny=2800000000')
ent('project:huayu-mini-led-backlight-module', 'project', '华屿Mini LED背光模组项目', '', '', 'investment=15亿元; signed=2024-05; articles=d05 (the name holds an ASCII space)', 'investment_cny=1500000000')
# d06
ent('project:ximicro-12inch-specialty-wafer', 'project', '锡微12英寸特色工艺晶圆项目', '', '', 'investment=60亿元; articles=d06', 'investment_cny=6000000000')
ent('project:kangtairui-antibody-cdmo-base', 'project', '康泰瑞抗体药物CDMO基地', '', '', 'articles=d06')
ent('project:wugan-automotive-sensor-rd-center', 'project', '物感车规级传感器研发中心', '', '', 'articles=d06')
ent('project:lanxing-east-china-rd-hq', 'project', '澜行智驾华东研发总部', '华东研发总部', '', 'builder=无锡城建发展集团 (代建); articles=d06')
ent('project:taihu-yunsuan-computing-center-phase2', 'project', '太湖云算智算中心二期', '', '', 'capacity=+5000P; articles=d06')
ent('project:shucheng-industrial-internet-innovation-center', 'project', '数澄科技工业互联网创新中心', '', '', 'articles=d06')

# ---------------- clusters (canonical = bare industry word; 产业 / 产业集群 / 产业链 are aliases) ----------------
ent('cluster:semiconductors', 'cluster', '半导体', '半导体产业|半导体产业集群|半导体产业链')
ent('cluster:photonics', 'cluster', '光子', '光子产业|光子产业集群|光子产业链', '', 'new id (not in dictionaries/clusters.tsv)')
ent('cluster:new-energy-vehicles', 'cluster', '新能源汽车', '新能源汽车产业|新能源汽车产业集群|新能源汽车产业链')
ent('cluster:biomedicine', 'cluster', '生物医药', '生物医药产业|生物医药产业集群|生物医药产业链')
ent('cluster:auto-parts', 'cluster', '汽车零部件', '汽车零部件产业|汽车零部件产业集群|汽车零部件产业链|汽车零配件')
ent('cluster:automobile', 'cluster', '汽车制造', '汽车制造产业|汽车制造产业集群|汽车制造产业链|汽车制造业|汽车产业|汽车产业集群|汽车产业链')
ent('cluster:electronic-information', 'cluster', '电子信息', '电子信息产业|电子信息产业集群|电子信息产业链|电子信息制造|电子信息制造业')
ent('cluster:hydrogen', 'cluster', '氢能', '氢能产业|氢能产业集群|氢能产业链|氢能源')
ent('cluster:new-materials', 'cluster', '新材料', '新材料产业|新材料产业集群|新材料产业链')
ent('cluster:integrated-circuits', 'cluster', '集成电路', '集成电路产业|集成电路产业集群|集成电路产业链|芯片产业|芯片产业链')
ent('cluster:machine-vision', 'cluster', '机器视觉', '机器视觉产业|机器视觉产业集群|机器视觉产业链', '', 'new id (not in dictionaries/clusters.tsv)')
ent('cluster:internet-of-things', 'cluster', '物联网', '物联网产业|物联网产业集群|物联网产业链')
ent('cluster:artificial-intelligence', 'cluster', '人工智能', '人工智能产业|人工智能产业集群|人工智能产业链')
ent('cluster:intelligent-equipment', 'cluster', '智能装备', '智能装备产业|智能装备产业集群|智能装备产业链|智能装备制造|智能制造装备|智能制造装备产业')
ent('cluster:aviation-logistics', 'cluster', '航空物流', '航空物流产业|航空物流产业集群|航空物流产业链|航空物流业', '', 'new id (not in dictionaries/clusters.tsv)')
ent('cluster:smart-terminals', 'cluster', '智能终端', '智能终端产业|智能终端产业集群|智能终端产业链')
ent('cluster:new-display', 'cluster', '新型显示', '新型显示产业|新型显示产业集群|新型显示产业链')
ent('cluster:software-info-services', 'cluster', '软件和信息服务', '软件和信息服务产业|软件和信息服务产业集群|软件和信息服务产业链|软件和信息服务业')
ent('cluster:third-gen-semiconductors', 'cluster', '第三代半导体', '第三代半导体产业|第三代半导体产业集群|第三代半导体产业链')
ent('cluster:digital-economy', 'cluster', '数字经济', '数字经济产业|数字经济产业集群|数字经济产业链')
ent('cluster:intelligent-connected-vehicles', 'cluster', '智能网联汽车', '智能网联汽车产业|智能网联汽车产业集群|智能网联汽车产业链')

# ---------------- secondary: regions and organizations (no gold mentions) ----------------
ent('region:xiaoshan-district', 'region', '萧山区', '', '', 'level=district; city=杭州市; d03: a district, not a zone', 'level=district')
ent('region:xinzheng', 'region', '新郑市', '', '', 'level=county_city; city=郑州市; d04: not the zone', 'level=county_city')
ent('region:longhu-town', 'region', '龙湖镇', '', '', 'level=town; parent=region:xinzheng', 'level=town; parent=region:xinzheng')
ent('region:xiangan-district', 'region', '翔安区', '', '', 'level=district; city=厦门市; d05: the district, not 翔安产业区', 'level=district')
ent('region:maxiang-town', 'region', '马巷镇', '', '', 'level=town; parent=region:xiangan-district', 'level=town; parent=region:xiangan-district')
ent('region:xishan-district', 'region', '锡山区', '', '', 'level=district; city=无锡市; d06: not one of the two zones', 'level=district')
ent('region:donggang-town', 'region', '东港镇', '', '', 'level=town; parent=region:xishan-district', 'level=town; parent=region:xishan-district')
ent('org:mofcom', 'organization', '中华人民共和国商务部', '商务部', '', 'kind=ministry', 'kind=ministry')
ent('org:zju', 'organization', '浙江大学', '', '', 'kind=university', 'kind=university')
ent('org:zhejiang-lab', 'organization', '之江实验室', '', '', 'kind=research_institute; d03: partner of 衡川视觉 (uncertain)', 'kind=research_institute')
