# Entity table for the dev3 set: (id, type, canonical, aliases, generic_aliases, gold_attributes, dict_attributes)
# aliases: surface variants that go into both entities.tsv and dictionary/entities.tsv
# generic_aliases: bare forms (开发区, 高新区, 新区, 汽开区, 起步区) that the gold uses for this entity in its own article;
#   they go into entities.tsv only (the dictionary leaves generic words to the team's generic-reference file).
# Ids reuse the bundled ones where they exist (zone:guangzhou-etdz and every cluster id except none: all cluster ids are bundled).
E = []
def ent(id, type, canonical, aliases='', generic='', gold='', dic=''):
    E.append((id, type, canonical, [a for a in aliases.split('|') if a], [g for g in generic.split('|') if g], gold, dic))

# ---------------- zones ----------------
ent('zone:changchun-auto-etdz', 'zone', '长春汽车经济技术开发区', '长春汽开区', '汽开区',
    'kind=国家级经济技术开发区; city=长春市; firms=整车及汽车零部件企业300余家; articles=d03',
    'kind=economic_and_technological_development_zone; level=national')
ent('zone:chongqing-liangjiang', 'zone', '重庆两江新区', '两江新区', '新区',
    'kind=国家级新区 (内陆首个国家级开发开放新区); city=重庆市; q1_2025_groundbreaking=32个项目, 总投资486亿元; signing=15个项目, 212亿元; articles=d02',
    'kind=new_area; level=national')
ent('zone:guangzhou-etdz', 'zone', '广州经济技术开发区', '广州开发区|广州经开区', '开发区',
    'kind=国家级经济技术开发区; city=广州市; note=区政合一 with 黄埔区 (a district, not a zone mention); articles=d01',
    'kind=economic_and_technological_development_zone; level=national')
ent('zone:guangzhou-science-city', 'zone', '广州科学城', '科学城', '',
    'kind=sub_park; parent=zone:guangzhou-etdz (开发区的两大核心平台); articles=d01',
    'kind=sub_park')
ent('zone:guian-comprehensive-bonded-zone', 'zone', '贵安综合保税区', '贵安综保区', '',
    'kind=comprehensive_bonded_zone; parent=zone:guizhou-guian-new-area (新区下辖); articles=d06',
    'kind=comprehensive_bonded_zone')
ent('zone:guiyang-hitech', 'zone', '贵阳国家高新技术产业开发区', '贵阳高新区|贵阳高新技术产业开发区', '高新区',
    'kind=国家级高新技术产业开发区; city=贵阳市; articles=d06',
    'kind=high_tech_zone; level=national')
ent('zone:guiyang-shawen-park', 'zone', '沙文生态科技产业园', '沙文园区', '',
    'kind=sub_park; parent=zone:guiyang-hitech (贵阳国家高新技术产业开发区的沙文生态科技产业园); articles=d06',
    'kind=sub_park')
ent('zone:guizhou-guian-new-area', 'zone', '贵州贵安新区', '贵安新区', '新区',
    'kind=国家级新区; province=贵州省; data_centers=18; computing_2024=55EFLOPS; articles=d06',
    'kind=new_area; level=national')
ent('zone:jinan-hitech', 'zone', '济南高新技术产业开发区', '济南高新区', '高新区',
    'kind=国家级高新技术产业开发区; city=济南市; gdp_2024=1820亿元 (+6.8%); articles=d05',
    'kind=high_tech_zone; level=national')
ent('zone:jinan-qibu-area', 'zone', '济南新旧动能转换起步区', '', '起步区',
    'kind=国家级战略平台 (国务院批复); city=济南市; fai_2024=410亿元 (+15%); articles=d05',
    'kind=new_area; level=national')
ent('zone:liangjiang-digital-economy-park', 'zone', '两江数字经济产业园', '', '',
    'kind=sub_park; parent=zone:chongqing-liangjiang (地处新区中部); firms=2000+; articles=d02',
    'kind=sub_park')
ent('zone:liangjiang-longxing', 'zone', '龙兴新城', '', '',
    'kind=sub_area; parent=zone:chongqing-liangjiang (位于两江新区东部); not 龙兴镇 (a town of 渝北区); articles=d02',
    'kind=sub_park')
ent('zone:liangjiang-yufu', 'zone', '鱼复新城', '', '',
    'kind=sub_area; parent=zone:chongqing-liangjiang (位于两江新区东部); articles=d02',
    'kind=sub_park')
ent('zone:mingshui-etdz', 'zone', '明水经济技术开发区', '明水经开区', '',
    'kind=国家级经济技术开发区; city=济南市 (章丘区); articles=d05',
    'kind=economic_and_technological_development_zone; level=national')
ent('zone:nanchang-aviation-city', 'zone', '南昌航空城', '航空城', '',
    'kind=sub_park; parent=zone:nanchang-hitech (位于高新区瑶湖西岸); articles=d04',
    'kind=sub_park')
ent('zone:nanchang-hitech', 'zone', '南昌高新技术产业开发区', '南昌高新区', '高新区',
    'kind=国家级高新技术产业开发区; city=南昌市; established=1991-03; national_level_approved=1992-11; area_km2=231; revenue_2024=5600亿元; articles=d04',
    'kind=high_tech_zone; level=national')
ent('zone:nanchang-yaohu-science-island', 'zone', '瑶湖科技岛', '', '',
    'kind=sub_park; parent=zone:nanchang-hitech (高新区的科技创新核心区); area_km2=5.3; articles=d04',
    'kind=sub_park')
ent('zone:qilu-software-park', 'zone', '齐鲁软件园', '', '',
    'kind=sub_park; parent=zone:jinan-hitech (高新区软件和信息服务业的核心承载区); firms=2100+; articles=d05',
    'kind=sub_park')
ent('zone:sino-singapore-guangzhou-knowledge-city', 'zone', '中新广州知识城', '知识城', '',
    'kind=sub_park (国家级双边合作项目); parent=zone:guangzhou-etdz (开发区的两大核心平台); articles=d01',
    'kind=sub_park')

# companies
ent('company:baosheng-precision-chongqing', 'company', '宝晟精密电子（重庆）有限公司', '', '', 'articles=d02')
ent('company:beijing-yunluan-data', 'company', '北京云峦数据科技有限公司', '', '', 'articles=d02')
ent('company:boan-pharma', 'company', '博安药业', '', '', 'articles=d02')
ent('company:changchun-hengtai-precision', 'company', '长春恒泰精工有限公司', '', '', 'articles=d03')
ent('company:changchun-junchi-auto', 'company', '长春骏驰汽车有限公司', '', '', 'articles=d03')
ent('company:changwei-intelligent-equipment', 'company', '长巍智能装备有限公司', '', '', 'articles=d02')
ent('company:chongqing-changwei-heavy-industry-group', 'company', '重庆长巍重工集团有限公司', '', '', 'articles=d02')
ent('company:chongqing-keda-auto-ac', 'company', '重庆科达汽车空调有限公司', '', '', 'articles=d02')
ent('company:chongqing-laibo-biotech', 'company', '重庆莱博生物技术有限公司', '', '', 'articles=d02')
ent('company:chongqing-qingfeng-power-battery', 'company', '重庆擎锋动力电池有限公司', '擎锋动力', '', 'articles=d02')
ent('company:chongqing-xingyan-it', 'company', '重庆星衍信息技术有限公司', '', '', 'articles=d02')
ent('company:chongqing-yuchuan-auto', 'company', '重庆渝川汽车有限公司', '渝川汽车', '', 'articles=d02')
ent('company:chongqing-yujiang-industry-investment', 'company', '重庆渝江产业投资有限公司', '', '', 'articles=d02')
ent('company:chongqing-yunluan-computing', 'company', '重庆云峦智算科技有限公司', '云峦智算', '', 'articles=d02')
ent('company:delman-auto-electronics-guangzhou', 'company', '德尔曼汽车电子（广州）有限公司', '', '', 'articles=d01')
ent('company:guangzhou-henuo-pharma', 'company', '广州禾诺医药科技有限公司', '', '', 'articles=d01')
ent('company:guangzhou-huayao-display', 'company', '广州华曜显示科技有限公司', '华曜显示', '', 'articles=d01')
ent('company:guangzhou-mingsheng-mems', 'company', '广州明昇MEMS传感技术有限公司', '', '', 'articles=d01')
ent('company:guangzhou-nuowa-zhizao', 'company', '广州诺瓦智造科技有限公司', '', '', 'articles=d01')
ent('company:guangzhou-qiyue-auto', 'company', '广州骐跃汽车有限公司', '', '', 'articles=d01')
ent('company:guangzhou-ruichi-chassis', 'company', '广州锐驰底盘系统有限公司', '', '', 'articles=d01')
ent('company:guangzhou-yueheng-film', 'company', '广州粤恒光电膜有限公司', '', '', 'articles=d01')
ent('company:guian-huiyuan-server', 'company', '贵安汇远服务器有限公司', '汇远', '', 'articles=d06')
ent('company:guiyang-linghang-software', 'company', '贵阳领航软件有限公司', '领航软件', '', 'articles=d06')
ent('company:guizhou-qianxin-electronics', 'company', '贵州黔芯电子有限公司', '黔芯电子', '', 'articles=d06')
ent('company:guizhou-qianyun-computing', 'company', '贵州黔云智算科技有限公司', '黔云智算', '', 'articles=d06')
ent('company:guizhou-shuzhi-data', 'company', '贵州数智大数据产业有限公司', '', '', 'articles=d06')
ent('company:hongxin-semiconductor', 'company', '洪芯半导体', '', '', 'articles=d04')
ent('company:jiangsu-ruituo-auto-tech', 'company', '江苏锐拓汽车科技股份有限公司', '锐拓科技', '', 'articles=d03')
ent('company:jiangsu-ruituo-holding-group', 'company', '江苏锐拓控股集团有限公司', '', '', 'articles=d03')
ent('company:jiangxi-hongyi-aviation', 'company', '江西洪翼航空科技有限公司', '洪翼航空', '', 'articles=d04')
ent('company:jiangxi-lianrui-optoelectronics', 'company', '江西联睿光电股份有限公司', '联睿光电', '', 'articles=d04')
ent('company:jiangxi-renkang-pharma', 'company', '江西仁康药业股份有限公司', '仁康药业', '', 'articles=d04')
ent('company:jiangxi-renkang-tcm-pieces', 'company', '江西仁康中药饮片有限公司', '', '', 'articles=d04')
ent('company:jiangxi-xinrui-new-materials', 'company', '江西鑫瑞新材料科技有限公司', '', '', 'articles=d04')
ent('company:jilin-huayu-seating-systems', 'company', '吉林华宇座椅系统有限公司', '', '', 'articles=d03')
ent('company:jinan-bailing-bio', 'company', '济南百灵生物', '', '', 'articles=d05')
ent('company:jinan-qingyu-nev', 'company', '济南擎宇新能源汽车有限公司', '擎宇汽车', '', 'articles=d05')
ent('company:jinan-shuqing-software', 'company', '济南数擎软件有限公司', '', '', 'articles=d05')
ent('company:jinglan-led-nanchang', 'company', '晶澜LED科技（南昌）有限公司', '晶澜LED', '', 'articles=d04')
ent('company:jingping-optics', 'company', '晶屏光学', '', '', 'articles=d01')
ent('company:kangheng-bio', 'company', '康衡生物', '', '', 'articles=d01')
ent('company:lingjing-vr', 'company', '灵境VR', '', '', 'articles=d04')
ent('company:mingchi-hydraulics', 'company', '明驰液压科技有限公司', '', '', 'articles=d05')
ent('company:nanchang-gansheng-biotech', 'company', '南昌赣生生物科技有限公司', '', '', 'articles=d04')
ent('company:nanchang-yiyun-aero-materials', 'company', '南昌翼云航空材料有限公司', '', '', 'articles=d04')
ent('company:nanchang-yunqi-shuzhi', 'company', '南昌云启数智科技有限公司', '云启数智', '', 'articles=d04')
ent('company:qinghang-hydrogen-power', 'company', '擎航氢动力科技有限公司', '', '', 'articles=d05')
ent('company:ruituo-auto-tech-changchun', 'company', '锐拓汽车科技（长春）有限公司', '', '', 'articles=d03')
ent('company:shandong-lukang-medical-devices', 'company', '山东鲁康医疗器械有限公司', '', '', 'articles=d05')
ent('company:shandong-mingchi-heavy-industry-group', 'company', '山东明驰重工集团有限公司', '', '', 'articles=d05')
ent('company:shandong-quanyun-it', 'company', '山东泉云信息技术股份有限公司', '', '', 'articles=d05')
ent('company:shandong-taisheng-intelligent-equipment', 'company', '山东泰晟智能装备股份有限公司', '泰晟智能装备', '', 'articles=d05')
ent('company:shanghai-zhitu-tech', 'company', '上海智途科技有限公司', '', '', 'articles=d02')
ent('company:shenzhen-yunling-digital-group', 'company', '深圳云岭数科集团有限公司', '', '', 'articles=d06')
ent('company:suijing-semiconductor', 'company', '穗晶半导体', '', '', 'articles=d01')
ent('company:yueheng-new-materials', 'company', '粤恒新材料股份有限公司', '', '', 'articles=d01')
ent('company:yushu-tech', 'company', '渝数科技', '', '', 'articles=d02')

# projects
ent('project:baosheng-terminal-structural-parts-expansion', 'project', '宝晟智能终端结构件扩产项目', '', '', 'articles=d02')
ent('project:boan-southwest-packaging-center', 'project', '博安药业西南分装中心', '', '', 'articles=d02')
ent('project:changwei-tbm-remanufacturing-base', 'project', '长巍盾构机再制造基地', '', '', 'articles=d02')
ent('project:feiyu-evtol-final-assembly', 'project', '飞屿eVTOL总装项目', '', '', 'articles=d02')
ent('project:hongyi-drone-final-assembly-base', 'project', '洪翼无人机总装基地', '', '', 'articles=d04')
ent('project:huayao-gen8-6-oled-line', 'project', '华曜8.6代OLED面板生产线', '', '', 'articles=d01')
ent('project:huiyuan-server-production-line-phase2', 'project', '汇远服务器生产线二期', '', '', 'articles=d06')
ent('project:kangheng-biologics-base', 'project', '康衡生物大分子药物产业化基地', '', '', 'articles=d01')
ent('project:laibo-recombinant-protein-base', 'project', '莱博重组蛋白药物生产基地', '', '', 'articles=d02')
ent('project:liangjiang-keda-thermal-management', 'project', '两江科达热管理系统项目', '', '', 'articles=d02')
ent('project:lianrui-microled-pilot-line', 'project', '联睿Micro LED中试线', '', '', 'articles=d04')
ent('project:lukang-medical-devices-industrialization-base', 'project', '鲁康医疗器械产业化基地', '', '', 'articles=d05')
ent('project:mingchi-hydraulic-cylinder-expansion', 'project', '明驰液压油缸扩产项目', '', '', 'articles=d05')
ent('project:nuowa-ai-industrial-software-rd-center', 'project', '诺瓦AI工业软件研发中心', '', '', 'articles=d01')
ent('project:qianyun-algorithm-rd-center', 'project', '黔云算法研发中心', '', '', 'articles=d06')
ent('project:qianyun-guian-computing-center', 'project', '黔云贵安智算中心', '', '', 'articles=d06')
ent('project:qingfeng-20gwh-battery-phase1', 'project', '擎锋年产20GWh动力电池项目一期', '', '', 'articles=d02')
ent('project:qinghang-fuel-cell-engine-project', 'project', '擎航燃料电池发动机项目', '', '', 'articles=d05')
ent('project:qingyu-vehicle-base-phase2', 'project', '擎宇汽车整车基地二期', '', '', 'articles=d05')
ent('project:qiyue-200k-nev-vehicle', 'project', '骐跃汽车年产20万辆新能源整车项目', '', '', 'articles=d01')
ent('project:quanyun-xinchuang-park-phase2', 'project', '泉云信创产业园二期', '', '', 'articles=d05')
ent('project:ruituo-600k-nev-thermal-management', 'project', '年产60万套新能源汽车热管理系统项目', '', '', 'articles=d03')
ent('project:suijing-12inch-line-phase2', 'project', '穗晶12英寸特色工艺产线二期', '', '', 'articles=d01')
ent('project:xinrui-sputtering-target-phase2', 'project', '鑫瑞高纯溅射靶材项目二期', '', '', 'articles=d04')
ent('project:yuchuan-300k-smart-ev', 'project', '渝川汽车年产30万辆智能电动整车项目', '', '', 'articles=d02')
ent('project:yueheng-optical-film', 'project', '粤恒高性能光学膜项目', '', '', 'articles=d01')
ent('project:yunluan-southwest-computing-center', 'project', '云峦西南智算中心', '', '', 'articles=d02')
ent('project:zhitu-l4-autonomous-driving-rd-center', 'project', '智途L4自动驾驶研发中心', '', '', 'articles=d02')

# clusters
ent('cluster:artificial-intelligence', 'cluster', '人工智能', '人工智能产业|人工智能产业集群|人工智能产业链', '', 'articles=d06')
ent('cluster:auto-parts', 'cluster', '汽车零部件', '汽车零部件产业|汽车零部件产业集群|汽车零部件产业链|汽车零配件', '', 'articles=d01,d03,d05')
ent('cluster:automobile', 'cluster', '汽车制造', '汽车制造产业|汽车制造产业集群|汽车制造产业链|汽车制造业|汽车产业|汽车产业集群|汽车产业链', '', 'articles=d01,d02,d03')
ent('cluster:aviation', 'cluster', '航空产业', '航空产业集群|航空产业链|航空制造|航空制造业|航空装备|航空装备产业', '', 'articles=d04')
ent('cluster:big-data', 'cluster', '大数据产业', '大数据产业集群|大数据产业链', '', 'articles=d06')
ent('cluster:biomedicine', 'cluster', '生物医药', '生物医药产业|生物医药产业集群|生物医药产业链', '', 'articles=d01,d02,d04,d05')
ent('cluster:computing-power', 'cluster', '算力产业', '算力产业链|算力产业集群', '', 'articles=d06')
ent('cluster:digital-economy', 'cluster', '数字经济', '数字经济产业|数字经济产业集群|数字经济产业链', '', 'articles=d02')
ent('cluster:electronic-information', 'cluster', '电子信息', '电子信息产业|电子信息产业集群|电子信息产业链|电子信息制造|电子信息制造业', '', 'articles=d02,d04,d05,d06')
ent('cluster:equipment-manufacturing', 'cluster', '装备制造', '装备制造产业|装备制造产业集群|装备制造产业链|装备制造业', '', 'articles=d05')
ent('cluster:high-end-equipment-manufacturing', 'cluster', '高端装备制造', '高端装备制造产业|高端装备制造产业集群|高端装备制造产业链|高端装备制造业|高端装备|高端装备产业|高端装备产业集群|高端装备产业链', '', 'articles=d02,d05')
ent('cluster:hydrogen', 'cluster', '氢能', '氢能产业|氢能产业集群|氢能产业链|氢能源', '', 'articles=d05')
ent('cluster:industrial-software', 'cluster', '工业软件', '工业软件产业|工业软件产业集群|工业软件产业链', '', 'articles=d04')
ent('cluster:integrated-circuits', 'cluster', '集成电路', '集成电路产业|集成电路产业集群|集成电路产业链|芯片产业|芯片产业链', '', 'articles=d01')
ent('cluster:intelligent-connected-vehicles', 'cluster', '智能网联汽车', '智能网联汽车产业|智能网联汽车产业集群|智能网联汽车产业链', '', 'articles=d01,d03')
ent('cluster:intelligent-equipment', 'cluster', '智能装备', '智能装备产业|智能装备产业集群|智能装备产业链|智能装备制造|智能制造装备', '', 'articles=d05')
ent('cluster:low-altitude-economy', 'cluster', '低空经济', '低空经济产业|低空经济产业集群|低空经济产业链', '', 'articles=d02,d05')
ent('cluster:medical-devices', 'cluster', '医疗器械', '医疗器械产业|医疗器械产业集群|医疗器械产业链', '', 'articles=d05')
ent('cluster:new-display', 'cluster', '新型显示', '新型显示产业|新型显示产业集群|新型显示产业链', '', 'articles=d01')
ent('cluster:new-energy', 'cluster', '新能源', '新能源产业|新能源产业集群|新能源产业链', '', 'articles=d01')
ent('cluster:new-energy-vehicles', 'cluster', '新能源汽车', '新能源汽车产业|新能源汽车产业集群|新能源汽车产业链', '', 'articles=d01,d02,d03,d05')
ent('cluster:new-generation-it', 'cluster', '新一代信息技术', '新一代信息技术产业|新一代信息技术产业集群|新一代信息技术产业链', '', 'articles=d01')
ent('cluster:new-materials', 'cluster', '新材料', '新材料产业|新材料产业集群|新材料产业链', '', 'articles=d01,d04')
ent('cluster:smart-sensors', 'cluster', '智能传感器', '智能传感器产业|智能传感器产业集群|智能传感器产业链|传感器产业', '', 'articles=d01')
ent('cluster:software-info-services', 'cluster', '软件和信息服务', '软件和信息服务产业|软件和信息服务产业集群|软件和信息服务产业链|软件和信息服务业|软件和信息技术服务|软件和信息技术服务业|软件信息服务业|软件产业|软件业', '', 'articles=d04,d05,d06')
ent('cluster:virtual-reality', 'cluster', '虚拟现实', '虚拟现实产业|虚拟现实产业集群|虚拟现实产业链', '', 'articles=d04')
ent('cluster:automotive-electronics', 'cluster', '汽车电子', '汽车电子产业|汽车电子产业集群|汽车电子产业链', '', 'no gold mention: listed so that the nested and other-sense uses are visible')
ent('cluster:power-batteries', 'cluster', '动力电池', '动力电池产业|动力电池产业集群|动力电池产业链', '', 'no gold mention: listed so that the nested and other-sense uses are visible')

# ---------------- secondary: regions and organizations (no gold mentions) ----------------
ent('region:huangpu-district', 'region', '黄埔区', '', '', 'level=district; city=广州市; d01: 区政合一 with 广州开发区, but the district is not a zone mention', 'level=district')
ent('region:yubei-district', 'region', '渝北区', '', '', 'level=district; city=重庆市; d02: not a zone', 'level=district')
ent('region:longxing-town', 'region', '龙兴镇', '', '', 'level=town; parent=region:yubei-district; d02: the town, not 龙兴新城', 'level=town; parent=region:yubei-district')
ent('region:beibei-district', 'region', '北碚区', '', '', 'level=district; city=重庆市; d02: not a zone', 'level=district')
ent('region:lvyuan-district', 'region', '绿园区', '', '', 'level=district; city=长春市; d03: next to the project site, not a zone', 'level=district')
ent('region:qingshanhu-district', 'region', '青山湖区', '', '', 'level=district; city=南昌市; d04: not a zone', 'level=district')
ent('region:zhangqiu-district', 'region', '章丘区', '', '', 'level=district; city=济南市; d05: the district of 明水经开区, not a zone', 'level=district')
ent('org:jilin-university', 'organization', '吉林大学', '', '', 'kind=university; d03: planned partner of 锐拓科技 (uncertain)', 'kind=university')
ent('org:nanchang-university', 'organization', '南昌大学', '', '', 'kind=university', 'kind=university')
ent('org:guizhou-university', 'organization', '贵州大学', '', '', 'kind=university', 'kind=university')
