# Entity table for the dev8 set: (id, type, canonical, aliases, generic_aliases, gold_attributes, dict_attributes)
# aliases: surface variants that go into both entities.tsv and dictionary/entities.tsv
# generic_aliases: bare forms (经开区, 高新区, 开发区, 新区, 综保区, 科技城) that the gold uses for this entity in its own article;
#   they go into entities.tsv only (the dictionary leaves generic words to the team's generic-reference file).
# Cluster ids reuse the bundled ones (dictionaries/clusters.tsv); no new cluster id was needed. Company and project attributes
# hold no relation facts (no owner=, zone=, group=, parent=): relations must come from the text.
E = []
CUR = None  # the article of the company/project block being defined (added to the gold attributes as articles=…)


def ent(id, type, canonical, aliases='', generic='', gold='', dic=''):
    if type in ('company', 'project') and 'articles=' not in gold:
        gold = (gold + '; ' if gold else '') + f'articles={CUR}'
    E.append((id, type, canonical, [a for a in aliases.split('|') if a], [g for g in generic.split('|') if g], gold, dic))


ETDZ = 'kind=economic_and_technological_development_zone; level=national'
HTZ = 'kind=high_tech_zone; level=national'
# ---------------- zones ----------------
ent('zone:yancheng-etdz', 'zone', '盐城经济技术开发区', '盐城经开区', '经开区', 'kind=国家级经济技术开发区; city=盐城市; articles=m01', ETDZ)
ent('zone:yancheng-cbz', 'zone', '盐城综合保税区', '盐城综保区', '综保区',
    'kind=comprehensive_bonded_zone; parent=zone:yancheng-etdz (经开区下辖的); articles=m01', 'kind=comprehensive_bonded_zone')
ent('zone:shaoxing-binhai-new-area', 'zone', '绍兴滨海新区', '', '新区',
    'kind=省级新区 (浙江绍兴滨海新区); city=绍兴市; note=bare 滨海新区 is not listed (天津滨海新区); articles=m02', 'kind=new_area; level=provincial')
ent('zone:shaoxing-cbz', 'zone', '绍兴综合保税区', '绍兴综保区', '',
    'kind=comprehensive_bonded_zone; city=绍兴市; note=its placement in the new area is not stated in m02; articles=m02', 'kind=comprehensive_bonded_zone')
ent('zone:shaoxing-keqiao-etdz', 'zone', '绍兴柯桥经济技术开发区', '柯桥经济技术开发区|柯桥经开区', '',
    'kind=国家级经济技术开发区; city=绍兴市 (柯桥区); articles=m02', ETDZ)
ent('zone:ganzhou-etdz', 'zone', '赣州经济技术开发区', '赣州经开区', '经开区', 'kind=国家级经济技术开发区; city=赣州市; articles=m03', ETDZ)
ent('zone:ganzhou-hitech', 'zone', '赣州高新技术产业开发区', '赣州高新区', '高新区', 'kind=国家级高新技术产业开发区; city=赣州市 (赣县区); articles=m03', HTZ)
ent('zone:ganzhou-nev-sci-tech-city', 'zone', '赣州新能源汽车科技城', '', '科技城',
    'kind=sub_park; parent=zone:ganzhou-etdz (经开区…的核心承载区; the annotator\'s belief, not checked); note=bare 科技城 is the sub-park\'s own short form; articles=m03', 'kind=sub_park')
ent('zone:ganzhou-cbz', 'zone', '赣州综合保税区', '赣州综保区', '',
    'kind=comprehensive_bonded_zone; parent=zone:ganzhou-etdz (位于经开区西部); articles=m03', 'kind=comprehensive_bonded_zone')
ent('zone:yichang-hitech', 'zone', '宜昌高新技术产业开发区', '宜昌高新区', '高新区', 'kind=国家级高新技术产业开发区; city=宜昌市; articles=m04', HTZ)
ent('zone:yichang-baiyang-park', 'zone', '白洋工业园', '', '',
    'kind=sub_park; parent=zone:yichang-hitech (宜昌高新区白洋工业园; the annotator\'s belief, not checked); articles=m04', 'kind=sub_park')
ent('zone:yichang-bio-park', 'zone', '宜昌生物产业园', '', '',
    'kind=sub_park; parent=zone:yichang-hitech (位于高新区东部); articles=m04', 'kind=sub_park')
ent('zone:gulei-port-edz', 'zone', '古雷港经济开发区', '古雷开发区|古雷石化基地|古雷', '开发区',
    'kind=省级经济开发区 administering the 古雷石化基地 (one of the national petrochemical bases); city=漳州市; note=古雷石化基地 and bare 古雷 are used for the zone in m05; articles=m05',
    'kind=economic_development_zone; level=provincial')
ent('zone:zhangzhou-tib-zone', 'zone', '漳州台商投资区', '台商投资区', '',
    'kind=国家级经济技术开发区 (台商投资区); city=漳州市; articles=m05', ETDZ)
ent('zone:ordos-hitech', 'zone', '鄂尔多斯高新技术产业开发区', '鄂尔多斯高新区', '高新区', 'kind=国家级高新技术产业开发区; city=鄂尔多斯市; articles=m06', HTZ)
ent('zone:mengsu-edz', 'zone', '蒙苏经济开发区', '鄂尔多斯蒙苏经济开发区', '开发区',
    'kind=economic_development_zone (自治区级); city=鄂尔多斯市 (伊金霍洛旗); articles=m06', 'kind=economic_development_zone; level=provincial')
ent('zone:ordos-zero-carbon-park', 'zone', '鄂尔多斯零碳产业园', '零碳产业园', '',
    'kind=sub_park; parent=zone:mengsu-edz (蒙苏经济开发区的零碳产业园; the annotator\'s belief); articles=m06', 'kind=sub_park')
ent('zone:deyang-etdz', 'zone', '德阳经济技术开发区', '德阳经开区', '经开区', 'kind=国家级经济技术开发区; city=德阳市; articles=m07', ETDZ)
ent('zone:deyang-hitech', 'zone', '德阳高新技术产业开发区', '德阳高新区', '高新区', 'kind=国家级高新技术产业开发区; city=德阳市; articles=m07', HTZ)
ent('zone:guanghan-edz', 'zone', '广汉经济开发区', '广汉经开区|四川广汉经济开发区', '',
    'kind=economic_development_zone; city=德阳市 (广汉市); note=its national level was not sure to the annotator; articles=m07', 'kind=economic_development_zone')
ent('zone:tangshan-caofeidian-etdz', 'zone', '唐山曹妃甸经济技术开发区', '曹妃甸经济技术开发区|曹妃甸经开区|唐山曹妃甸经开区', '经开区',
    'kind=国家级经济技术开发区; city=唐山市 (曹妃甸区); articles=m08', ETDZ)
ent('zone:caofeidian-cbz', 'zone', '曹妃甸综合保税区', '曹妃甸综保区', '综保区',
    'kind=comprehensive_bonded_zone; parent=zone:tangshan-caofeidian-etdz (位于经开区东南部); articles=m08', 'kind=comprehensive_bonded_zone')
ent('zone:tangshan-hitech', 'zone', '唐山高新技术产业开发区', '唐山高新区', '', 'kind=国家级高新技术产业开发区; city=唐山市; articles=m08', HTZ)

# ---------------- companies and projects ----------------
CUR = 'm01'
ent('company:jiangsu-hanyi-power-tech', 'company', '江苏瀚屹动力科技有限公司', '瀚屹动力')
ent('company:yancheng-hengdu-solar', 'company', '盐城恒渡光能科技有限公司', '恒渡光能')
ent('company:yancheng-dongchi-auto', 'company', '盐城东驰汽车有限公司', '东驰汽车')
ent('company:korea-sewon-precision', 'company', '韩国世元精工株式会社', '')
ent('company:yancheng-shichi-auto-electronics', 'company', '盐城世驰汽车电子有限公司', '')
ent('project:hengdu-10gw-cell-phase2', 'project', '恒渡光能10GW高效电池片二期项目', '')
ent('company:jiangsu-hanyi-new-energy-group', 'company', '江苏瀚屹新能源集团股份有限公司', '')
ent('company:zhejiang-bochuan-new-materials', 'company', '浙江铂川新材料有限公司', '')
CUR = 'm02'
ent('company:zhejiang-xincheng-microelectronics', 'company', '浙江芯澄微电子有限公司', '芯澄微电子')
ent('project:xincheng-12inch-power-device-fab', 'project', '芯澄12英寸功率器件制造项目', '')
ent('company:shaoxing-binhai-construction-investment', 'company', '绍兴滨海新区建设投资集团有限公司', '')
ent('company:shanghai-chengyuan-semiconductor-group', 'company', '上海澄源半导体集团有限公司', '澄源集团')
ent('company:shaoxing-kangmu-biotech', 'company', '绍兴康沐生物科技有限公司', '康沐生物')
ent('company:hangzhou-ruiheng-medical-devices', 'company', '杭州睿衡医疗器械有限公司', '')
ent('company:zhejiang-yuefang-holding', 'company', '浙江越纺控股集团有限公司', '')
ent('company:italy-belotti-textile-machinery', 'company', '意大利贝洛蒂纺织机械公司', '')
ent('company:shaoxing-yuebei-smart-textile-machinery', 'company', '绍兴越贝智能纺机有限公司', '越贝智能纺机')
ent('company:shaoxing-huazhou-dyeing', 'company', '绍兴华舟印染有限公司', '华舟印染')
CUR = 'm03'
ent('project:chigan-nev-vehicle-expansion', 'project', '驰赣新能源整车扩能项目', '')
ent('company:jiangxi-chigan-nev', 'company', '江西驰赣新能源汽车有限公司', '驰赣新能源|驰赣')
ent('company:guangzhou-yuechi-auto-group', 'company', '广州粤驰汽车集团股份有限公司', '')
ent('project:junli-e-drive-base', 'project', '骏力电驱总成生产基地', '')
ent('company:jiangxi-junli-e-drive', 'company', '江西骏力电驱科技有限公司', '骏力电驱')
ent('company:zhejiang-junli-power', 'company', '浙江骏力动力股份有限公司', '')
ent('company:ganzhou-mingxun-circuit-tech', 'company', '赣州铭讯电路科技有限公司', '铭讯电路')
ent('company:ganzhou-wutuo-cemented-carbide', 'company', '赣州钨拓硬质合金有限公司', '')
ent('project:wutuo-carbide-cutting-tools', 'project', '钨拓高性能硬质合金刀具项目', '')
ent('company:jiangxi-xiyuan-magnet-tech', 'company', '江西稀源永磁科技有限公司', '')
ent('project:xiyuan-ndfeb-magnet', 'project', '稀源高性能钕铁硼磁材项目', '')
ent('company:ganzhou-ruici-materials', 'company', '赣州锐磁材料有限公司', '')
CUR = 'm04'
ent('company:yichang-linsheng-chemical', 'company', '宜昌磷晟化工有限公司', '磷晟化工|磷晟')
ent('project:linsheng-battery-grade-iron-phosphate', 'project', '磷晟电池级磷酸铁项目', '')
ent('company:hubei-chulin-group', 'company', '湖北楚磷集团股份有限公司', '')
ent('company:hubei-yili-new-energy-materials', 'company', '湖北宜锂新能源材料有限公司', '宜锂')
ent('company:japan-tomizawa-chemical', 'company', '日本富泽化学株式会社', '')
ent('company:yichang-fuli-electrolyte', 'company', '宜昌富锂电解液有限公司', '')
ent('company:yichang-haosheng-battery-tech', 'company', '宜昌昊晟电池科技有限公司', '昊晟电池')
ent('project:haosheng-20gwh-storage-cell', 'project', '昊晟20GWh储能电芯项目', '')
ent('company:jiangsu-tuorui-energy-storage', 'company', '江苏拓锐储能科技有限公司', '')
CUR = 'm05'
ent('company:fujian-guxiang-petrochemical', 'company', '福建古翔石化有限公司', '古翔石化')
ent('company:fujian-guhong-new-materials', 'company', '福建古泓新材料有限公司', '古泓新材料')
ent('company:fujian-minlan-energy-group', 'company', '福建闽岚能源集团有限公司', '闽岚能源')
ent('company:taiwan-huaxiang-petrochemical', 'company', '台湾华翔石化股份有限公司', '')
ent('project:guhong-high-end-polycarbonate', 'project', '古泓高端聚碳酸酯项目', '')
ent('company:zhangzhou-ruigang-storage', 'company', '漳州瑞港仓储有限公司', '')
ent('project:ruigang-liquid-chemical-terminal-ph2', 'project', '瑞港液体化工品码头二期工程', '')
ent('company:shanghai-kaiheng-fine-chemicals', 'company', '上海凯衡精细化学品有限公司', '')
ent('company:xiamen-haiju-chemical', 'company', '厦门海钜化工有限公司', '')
ent('company:zhangzhou-hengyi-port-services', 'company', '漳州恒屹港务有限公司', '')
ent('company:zhangzhou-jiahong-electric', 'company', '漳州嘉宏电器有限公司', '')
ent('company:zhangzhou-fengwei-foods', 'company', '漳州丰味食品有限公司', '')
CUR = 'm06'
ent('company:inner-mongolia-susheng-hydrogen-equipment', 'company', '内蒙古苏晟氢能装备有限公司', '')
ent('company:jiangsu-susheng-energy-tech', 'company', '江苏苏晟能源科技股份有限公司', '')
ent('company:ordos-menghui-new-energy', 'company', '鄂尔多斯蒙晖新能源有限公司', '蒙晖新能源')
ent('company:ordos-chengchuan-energy-storage', 'company', '鄂尔多斯澄川储能科技有限公司', '澄川储能')
ent('company:shenzhen-chengrui-electric', 'company', '深圳澄锐电气股份有限公司', '')
ent('company:ordos-jinglan-pv-tech', 'company', '鄂尔多斯晶澜光伏科技有限公司', '')
ent('company:inner-mongolia-yunluan-data-tech', 'company', '内蒙古云峦数据科技有限公司', '云峦数据')
ent('project:yunluan-green-computing-center', 'project', '云峦绿色算力中心', '')
ent('company:inner-mongolia-ehua-coal-based-new-materials', 'company', '内蒙古鄂化煤基新材料有限公司', '')
CUR = 'm07'
ent('company:sichuan-dezhong-energy-equipment', 'company', '四川德重能源装备有限公司', '德重能源')
ent('project:dezhong-gas-turbine-components', 'project', '德重大型燃气轮机部件产业化项目', '')
ent('company:chengdu-shuneng-equipment-group', 'company', '成都蜀能装备集团有限公司', '')
ent('company:deyang-jingchuan-precision-casting', 'company', '德阳旌川精密铸造有限公司', '')
ent('company:sichuan-chuantan-new-materials', 'company', '四川川碳新材料科技有限公司', '')
ent('company:deyang-development-holding-group', 'company', '德阳发展控股集团有限公司', '')
ent('company:jiangsu-hengsi-carbon-fiber', 'company', '江苏恒丝碳纤维股份有限公司', '')
ent('company:deyang-hekang-pharma', 'company', '德阳和康药业有限公司', '')
ent('company:sichuan-xiangyu-general-aviation', 'company', '四川翔宇通用航空有限公司', '翔宇通航')
ent('company:chengdu-yunlu-uav-tech', 'company', '成都云鹭无人机科技有限公司', '')
CUR = 'm08'
ent('company:hebei-hangang-fine-plate', 'company', '河北瀚钢精品板材有限公司', '瀚钢板材|瀚钢')
ent('company:tangshan-zhihan-robotics', 'company', '唐山智焊机器人有限公司', '智焊机器人')
ent('company:hebei-bogang-petrochemical', 'company', '河北渤港石化有限公司', '渤港石化')
ent('project:bogang-refining-integration', 'project', '渤港千万吨级炼化一体化项目', '')
ent('company:zhonghai-boneng-investment-group', 'company', '中海渤能投资集团有限公司', '')
ent('company:tangshan-tongjia-port-logistics', 'company', '唐山通嘉港口物流有限公司', '')
ent('company:hebei-gangyun-group', 'company', '河北港运集团有限公司', '河北港运集团')
ent('company:singapore-pacific-warehousing', 'company', '新加坡太平洋仓储私人有限公司', '')
ent('company:hebei-hailan-heavy-industry', 'company', '河北海澜重工有限公司', '')

# ---------------- clusters (bundled ids and names; aliases = the suffixed forms) ----------------
def cl(id, name, aliases, note):
    ent(id, 'cluster', name, aliases, '', note, '')


S = '{0}产业|{0}产业集群|{0}产业链'
cl('cluster:new-energy-vehicles', '新能源汽车', S.format('新能源汽车'), 'articles=m01,m03 (nested in the sub-park name 赣州新能源汽车科技城 and in firm names)')
cl('cluster:auto-parts', '汽车零部件', S.format('汽车零部件') + '|汽车零配件', 'articles=m01')
cl('cluster:photovoltaics', '光伏', S.format('光伏'), 'articles=m01,m06 (nested in a firm name in m06)')
cl('cluster:power-batteries', '动力电池', S.format('动力电池'), 'articles=m01')
cl('cluster:energy-storage', '储能产业', '新型储能|储能产业链|储能产业集群', 'articles=m01,m04,m06 (bundled name; 新型储能 is its alias)')
cl('cluster:electronic-information', '电子信息', S.format('电子信息') + '|电子信息制造|电子信息制造业', 'articles=m01,m03')
cl('cluster:smart-terminals', '智能终端', S.format('智能终端'), 'articles=m01')
cl('cluster:integrated-circuits', '集成电路', S.format('集成电路') + '|芯片产业|芯片产业链', 'articles=m02')
cl('cluster:biomedicine', '生物医药', S.format('生物医药'), 'articles=m02,m04,m07')
cl('cluster:high-end-equipment-manufacturing', '高端装备制造', S.format('高端装备制造') + '|高端装备制造业|高端装备|高端装备产业', 'articles=m02,m07')
cl('cluster:high-end-textile', '高端纺织', S.format('高端纺织') + '|高端纺织业', 'articles=m02')
cl('cluster:intelligent-equipment', '智能装备', S.format('智能装备'), 'articles=m02')
cl('cluster:new-materials', '新材料', S.format('新材料'), 'articles=m02,m07 (nested in firm names in m01, m05, m06, m07)')
cl('cluster:electronic-components', '电子元器件', S.format('电子元器件'), 'articles=m03')
cl('cluster:rare-earth-materials', '稀土新材料', S.format('稀土新材料') + '|稀土功能材料|稀土产业', 'articles=m03')
cl('cluster:cemented-carbide', '硬质合金', S.format('硬质合金'), 'articles=m03 (nested in a firm and a project name there)')
cl('cluster:nonferrous-metals', '有色金属', S.format('有色金属'), 'articles=m03')
cl('cluster:new-energy-materials', '新能源材料', S.format('新能源材料'), 'articles=m04 (nested in a firm name there)')
cl('cluster:fine-chemicals', '精细化工', S.format('精细化工'), 'articles=m04,m05')
cl('cluster:lithium-battery-materials', '锂电材料', S.format('锂电材料') + '|锂电池材料', 'articles=m04')
cl('cluster:petrochemicals', '石油化工', S.format('石油化工') + '|石化产业|石化产业链', 'articles=m05,m08')
cl('cluster:chemical-new-materials', '化工新材料', S.format('化工新材料'), 'articles=m05')
cl('cluster:smart-home-appliances', '智能家电', S.format('智能家电') + '|家电产业', 'articles=m05')
cl('cluster:food-beverage', '食品饮料', S.format('食品饮料'), 'articles=m05')
cl('cluster:hydrogen', '氢能', S.format('氢能') + '|氢能源', 'articles=m06,m08 (nested in a firm name in m06)')
cl('cluster:new-energy-equipment', '新能源装备', S.format('新能源装备'), 'articles=m06,m07')
cl('cluster:cloud-computing', '云计算', S.format('云计算'), 'articles=m06')
cl('cluster:big-data', '大数据产业', '大数据产业集群|大数据产业链', 'articles=m06 (bundled name; bare 大数据 is not a dictionary form)')
cl('cluster:power-equipment', '电力装备', S.format('电力装备'), 'articles=m07')
cl('cluster:pharma-health', '医药健康', S.format('医药健康'), 'articles=m07')
cl('cluster:general-aviation', '通用航空', S.format('通用航空'), 'articles=m07 (nested in a firm name there)')
cl('cluster:aviation', '航空产业', '航空产业集群|航空产业链|航空制造|航空制造业', 'articles=m07')
cl('cluster:steel', '钢铁产业', '钢铁工业|钢铁产业链|钢铁产业集群', 'articles=m08 (bundled name; bare 钢铁 is not a dictionary form)')
cl('cluster:port-logistics', '港口物流', S.format('港口物流') + '|港口物流业', 'articles=m08 (nested in a firm name there)')
cl('cluster:offshore-engineering-equipment', '海工装备', S.format('海工装备') + '|海洋工程装备', 'articles=m08')
cl('cluster:robotics', '机器人产业', '机器人产业链|机器人产业集群|工业机器人产业', 'articles=m08 (bundled name; bare 机器人 is not a dictionary form)')
cl('cluster:semiconductors', '半导体', S.format('半导体'), 'no gold mention: listed so that the nested use in a firm name (上海澄源半导体集团有限公司, m02) is visible')
cl('cluster:automotive-electronics', '汽车电子', S.format('汽车电子'), 'no gold mention: listed so that the nested use in a firm name (盐城世驰汽车电子有限公司, m01) is visible')
cl('cluster:medical-devices', '医疗器械', S.format('医疗器械'), 'no gold mention: listed so that the nested use in a firm name (杭州睿衡医疗器械有限公司, m02) is visible')
