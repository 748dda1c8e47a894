# Entity table for the dev5 set: (id, type, canonical, aliases, generic_aliases, gold_attributes, dict_attributes)
# aliases: surface variants that go into both entities.tsv and dictionary/entities.tsv
# generic_aliases: bare forms (开发区, 高新区, 经开区, 新区, 综保区) that the gold uses for this entity in its own article;
#   they go into entities.tsv only (the dictionary leaves generic words to the team's generic-reference file).
# Ids reuse the bundled ones where they exist: zone:suzhou-industrial-park and every cluster id except the two new ones
# (cluster:small-aero-engines 中小航空发动机, cluster:ice-snow-economy 冰雪经济), which the bundled file does not have.
# Company and project attributes hold no relation facts (no owner=, zone=, group=, parent=): relations must come from the text.
E = []
CUR = None  # the article of the company block being defined (added to the gold attributes as articles=…)
def ent(id, type, canonical, aliases='', generic='', gold='', dic=''):
    if type == 'company' and 'articles=' not in gold:
        gold = (gold + '; ' if gold else '') + f'articles={CUR}'
    E.append((id, type, canonical, [a for a in aliases.split('|') if a], [g for g in generic.split('|') if g], gold, dic))

ETDZ = 'kind=economic_and_technological_development_zone; level=national'
HTZ = 'kind=high_tech_zone; level=national'
# ---------------- zones ----------------
ent('zone:wuhu-etdz', 'zone', '芜湖经济技术开发区', '芜湖经开区', '经开区|开发区',
    'kind=国家级经济技术开发区 (全省首个); city=芜湖市 (鸠江区; 龙山街道 and 万春街道 are streets it administers, not zones); articles=f01', ETDZ)
ent('zone:yantai-etdz', 'zone', '烟台经济技术开发区', '烟台开发区|烟台经开区', '开发区',
    'kind=国家级经济技术开发区 (首批, 1984); city=烟台市 (福山区); articles=f02', ETDZ)
ent('zone:yantai-comprehensive-bonded-zone', 'zone', '烟台综合保税区', '烟台综保区', '综保区',
    'kind=comprehensive_bonded_zone; parent=zone:yantai-etdz (开发区下辖的烟台综合保税区); articles=f02', 'kind=comprehensive_bonded_zone')
ent('zone:changzhou-hitech', 'zone', '常州国家高新技术产业开发区', '常州高新区|常州高新技术产业开发区', '高新区',
    'kind=国家级高新技术产业开发区; city=常州市; note=区政合一 with 新北区 (a district, not a zone mention); articles=f03', HTZ)
ent('zone:changzhou-binjiang-edz', 'zone', '常州滨江经济开发区', '滨开区|江苏常州滨江经济开发区', '',
    'kind=省级经济开发区; parent=zone:changzhou-hitech (高新区下辖的常州滨江经济开发区); articles=f03', 'kind=economic_development_zone; level=provincial')
ent('zone:yibin-sanjiang-new-area', 'zone', '宜宾三江新区', '三江新区', '新区',
    'kind=省级新区 (2020); city=宜宾市; articles=f04', 'kind=new_area; level=provincial')
ent('zone:yibin-lingang-etdz', 'zone', '宜宾临港经济技术开发区', '临港经开区|宜宾临港经开区', '',
    'kind=国家级经济技术开发区; parent=zone:yibin-sanjiang-new-area (新区的核心区); articles=f04', ETDZ)
ent('zone:zhuzhou-hitech', 'zone', '株洲高新技术产业开发区', '株洲高新区|株洲国家高新技术产业开发区', '高新区',
    'kind=国家级高新技术产业开发区; city=株洲市; note=一区三园; articles=f05', HTZ)
ent('zone:tianxin-hitech-park', 'zone', '田心高科园', '田心高科技工业园', '',
    'kind=sub_park; parent=zone:zhuzhou-hitech (高新区田心高科园); district=石峰区; articles=f05', 'kind=sub_park')
ent('zone:dongjiaduan-hitech-park', 'zone', '董家塅高科园', '董家塅高科技工业园', '',
    'kind=sub_park; parent=zone:zhuzhou-hitech (高新区…的主要承载地; 下辖); district=芦淞区; articles=f05', 'kind=sub_park')
ent('zone:hexi-demonstration-park', 'zone', '河西示范园', '河西高新技术产业示范园', '',
    'kind=sub_park; parent=zone:zhuzhou-hitech (株洲高新区下辖的园区); district=天元区; articles=f05', 'kind=sub_park')
ent('zone:songshanhu-hitech', 'zone', '东莞松山湖高新技术产业开发区', '松山湖高新区|松山湖', '高新区',
    'kind=国家级高新技术产业开发区; city=东莞市; note=bare 松山湖 is also the lake (距松山湖湖岸: other sense) and part of an institute name (松山湖材料实验室); articles=f06', HTZ)
ent('zone:shijiazhuang-hitech', 'zone', '石家庄高新技术产业开发区', '石家庄高新区', '高新区',
    'kind=国家级高新技术产业开发区; city=石家庄市; articles=f07', HTZ)
ent('zone:shijiazhuang-intl-biomedical-park', 'zone', '石家庄国际生物医药园', '国际生物医药园|石家庄市国际生物医药园', '',
    'kind=sub_park; parent=zone:shijiazhuang-hitech (石家庄高新区…区内的石家庄国际生物医药园); articles=f07', 'kind=sub_park')
ent('zone:shijiazhuang-etdz', 'zone', '石家庄经济技术开发区', '石家庄经开区', '经开区',
    'kind=国家级经济技术开发区; city=石家庄市 (藁城区); articles=f07', ETDZ)
ent('zone:luquan-edz', 'zone', '鹿泉经济开发区', '河北鹿泉经济开发区', '',
    'kind=省级经济开发区; city=石家庄市 (鹿泉区); articles=f07', 'kind=economic_development_zone; level=provincial')
ent('zone:suzhou-industrial-park', 'zone', '苏州工业园区', '苏州工业园', '',
    'kind=industrial_park; level=national; city=苏州市; note=bundled id; f07 names it as a model to learn from (no relation); articles=f07', 'kind=industrial_park; level=national')
ent('zone:harbin-new-area', 'zone', '哈尔滨新区', '', '新区',
    'kind=国家级新区 (2015, 对俄合作); city=哈尔滨市 (松北区、呼兰区、平房区的部分区域); articles=f08', 'kind=new_area; level=national')
ent('zone:shenzhen-harbin-industrial-park', 'zone', '深圳（哈尔滨）产业园区', '深圳(哈尔滨)产业园区|深哈产业园|哈尔滨深圳产业园区', '',
    'kind=sub_park (cooperation park); parent=zone:harbin-new-area (位于新区江北一体发展区); articles=f08', 'kind=cooperation_park')
ent('zone:harbin-etdz', 'zone', '哈尔滨经济技术开发区', '哈经开区|哈尔滨经开区', '经开区',
    'kind=国家级经济技术开发区 (1993); city=哈尔滨市 (平房区); note=the text does not say whether it lies in 哈尔滨新区; articles=f08', ETDZ)

# ---------------- companies ----------------
# f01 芜湖
CUR = 'f01'
ent('company:wuhu-chiyuan-auto-parts', 'company', '芜湖驰远汽车零部件有限公司', '芜湖驰远', '', '', '')
ent('company:jiangsu-chiyuan-precision-group', 'company', '江苏驰远精密制造集团有限公司', '', '', '', '')
ent('company:wuhu-xiaoqi-auto', 'company', '芜湖骁骐汽车有限公司', '骁骐', '', '', '')
ent('company:anhui-lanhe-environmental-tech', 'company', '安徽蓝禾环境科技有限公司', '', '', 'role=EIA consultant (环评文件编制单位)', '')
ent('company:wuhu-lanting-electric', 'company', '芜湖澜庭电器有限公司', '芜湖澜庭', '', '', '')
ent('company:lanting-electric-group', 'company', '澜庭电器集团股份有限公司', '澜庭集团', '', '', '')
ent('company:wuhu-guiyue-new-materials', 'company', '芜湖硅岳新材料有限公司', '硅岳新材料', '', '', '')
ent('company:zhejiang-guiyue-tech', 'company', '浙江硅岳科技股份有限公司', '浙江硅岳', '', '', '')
ent('company:wuhu-industrial-investment-fund', 'company', '芜湖市产业投资基金有限公司', '', '', '', '')
ent('company:hefei-qingheng-environmental-engineering', 'company', '合肥清衡环保工程有限公司', '', '', 'role=EIA consultant (环评文件编制单位)', '')
ent('company:wuhu-kailemei-air-conditioning', 'company', '芜湖凯乐美空调有限公司', '', '', '', '')
# f02 烟台
CUR = 'f02'
ent('company:chenyu-thermal-systems-yantai', 'company', '辰宇汽车热系统（烟台）有限公司', '辰宇汽车热系统(烟台)有限公司|辰宇热系统', '', '', '')
ent('company:chenyu-holding-group', 'company', '辰宇控股集团有限公司', '', '', '', '')
ent('company:yantai-haiyu-hydrogen', 'company', '烟台海屿氢能科技有限公司', '海屿氢能', '', '', '')
ent('company:shandong-honglan-pharma-group', 'company', '山东泓岚医药集团有限公司', '泓岚医药', '', '', '')
ent('company:yantai-yuanlan-marine-equipment', 'company', '烟台远澜海洋装备有限公司', '远澜海洋装备', '', '', '')
ent('company:beixia-maritime-group', 'company', '挪威北峡海事集团', '北峡集团|北峡海事集团', '', 'country=Norway', '')
ent('company:yantai-henge-logistics', 'company', '烟台恒舸国际物流有限公司', '恒舸国际物流', '', '', '')
ent('company:xinlang-microelectronics-shanghai', 'company', '芯朗微电子（上海）股份有限公司', '芯朗微电子(上海)股份有限公司', '', '', '')
ent('company:yantai-xinlang-tech', 'company', '烟台芯朗科技有限公司', '', '', '', '')
ent('company:yantai-shunchi-auto', 'company', '烟台舜驰汽车有限公司', '', '', '', '')
ent('company:yantai-hanyang-supply-chain', 'company', '烟台瀚洋供应链管理有限公司', '', '', '', '')
ent('company:yantai-lutong-customs-services', 'company', '烟台鲁通报关服务有限公司', '', '', '', '')
ent('company:yantai-lvbang-biopharma', 'company', '烟台绿邦生物制药有限公司', '', '', '', '')
# f03 常州
CUR = 'f03'
ent('company:juntu-auto-group', 'company', '骏途汽车集团股份有限公司', '', '', '', '')
ent('company:changzhou-juntu-auto', 'company', '常州骏途汽车有限公司', '', '', '', '')
ent('company:changzhou-hengxu-edrive', 'company', '常州恒旭电驱科技有限公司', '', '', '', '')
ent('company:changzhou-antuo-auto-electronics', 'company', '常州安拓汽车电子有限公司', '', '', '', '')
ent('company:changzhou-chengyang-energy-storage', 'company', '常州澄阳储能科技有限公司', '澄阳储能', '', '', '')
ent('company:changzhou-huiyang-solar', 'company', '常州汇阳光能股份有限公司', '', '', '', '')
ent('company:changzhou-tanyi-composites', 'company', '常州碳翼复合材料有限公司', '', '', '', '')
ent('company:jiangsu-lanhai-chemical', 'company', '江苏澜海化学有限公司', '', '', '', '')
ent('company:changzhou-kangbo-medical', 'company', '常州康铂医疗科技有限公司', '', '', '', '')
ent('company:changzhou-denuo-biotech', 'company', '常州德诺生物科技有限公司', '', '', '', '')
ent('company:changzhou-jingchi-cnc', 'company', '常州精驰数控机床有限公司', '', '', '', '')
ent('company:jiangsu-jingchi-equipment-group', 'company', '江苏精驰装备集团有限公司', '', '', '', '')
# f04 宜宾
CUR = 'f04'
ent('company:yibin-litu-power', 'company', '宜宾锂途动力科技有限公司', '锂途动力', '', '', '')
ent('company:litu-new-energy', 'company', '锂途新能源股份有限公司', '', '', '', '')
ent('company:sichuan-kaicheng-nev', 'company', '四川凯骋新能源汽车有限公司', '', '', '', '')
ent('company:sichuan-chuanjing-cathode', 'company', '四川川晶正极材料有限公司', '', '', '', '')
ent('company:yibin-minyuan-separator', 'company', '宜宾岷源隔膜科技有限公司', '', '', '', '')
ent('company:yibin-cuiping-xinneng-electrolyte', 'company', '宜宾翠屏新能电解液有限公司', '', '', 'note=located in 翠屏区, outside the new area (stated)', '')
ent('company:jiangxi-ganyuan-copper-group', 'company', '江西赣源铜业集团有限公司', '', '', '', '')
ent('company:yibin-ganyuan-copper-foil', 'company', '宜宾赣源锂电铜箔有限公司', '', '', '', '')
ent('company:sichuan-shuxun-recycling', 'company', '四川蜀循资源再生科技有限公司', '蜀循再生', '', '', '')
ent('company:yibin-minjiang-industrial-finance', 'company', '宜宾岷江产融投资有限公司', '', '', '', '')
# f05 株洲
CUR = 'f05'
ent('company:zhuzhou-tieji-locomotive', 'company', '株洲铁骥机车车辆有限公司', '铁骥机车', '', '', '')
ent('company:tieji-rail-equipment-group', 'company', '铁骥轨道交通装备集团有限公司', '', '', '', '')
ent('company:zhuzhou-wufeng-cemented-carbide', 'company', '株洲钨锋硬质合金有限公司', '', '', '', '')
ent('company:zhuzhou-xiangren-rubber', 'company', '株洲湘韧橡胶减振制品有限公司', '', '', '', '')
ent('company:zhuzhou-chidian-converter', 'company', '株洲驰电变流技术有限公司', '', '', '', '')
ent('company:hunan-chidian-tech-group', 'company', '湖南驰电科技集团股份有限公司', '', '', '', '')
ent('company:zhuzhou-hengzhi-braking', 'company', '株洲衡制制动系统有限公司', '', '', '', '')
ent('company:herder-brake-technik', 'company', '德国赫尔德制动技术公司', '赫尔德制动技术公司', '', 'country=Germany', '')
ent('company:zhuzhou-tieji-maintenance', 'company', '株洲铁骥检修服务有限公司', '', '', '', '')
ent('company:zhuzhou-xiangying-aero-power', 'company', '株洲翔鹰航空动力有限公司', '翔鹰动力', '', '', '')
ent('company:zhuzhou-duanhang-precision-casting', 'company', '株洲锻航精密铸造有限公司', '', '', '', '')
ent('company:hunan-yunshu-aero-control', 'company', '湖南云枢航空控制技术有限公司', '', '', '', '')
ent('company:zhuzhou-yilian-transmission', 'company', '株洲翼联传动科技有限公司', '', '', '', '')
# f06 东莞
CUR = 'f06'
ent('company:dongguan-chengxi-intelligent-equipment', 'company', '东莞澄曦智能装备股份有限公司', '澄曦智能', '', 'listed=yes (证券代码 301987, illustrative)', '')
ent('company:dongguan-chengxi-robotics', 'company', '东莞澄曦机器人科技有限公司', '澄曦机器人', '', '', '')
ent('company:shenzhen-hengyue-microelectronics', 'company', '深圳衡岳微电子有限公司', '', '', '', '')
ent('company:dongguan-xiyue-motion-control', 'company', '东莞曦岳芯控技术有限公司', '', '', '', '')
ent('company:dongguan-qingyue-robotics', 'company', '东莞擎岳机器人有限公司', '', '', '', '')
ent('company:guangdong-hongyi-intelligent', 'company', '广东宏翼智能科技有限公司', '', '', '', '')
ent('company:dongguan-chengxi-holding', 'company', '东莞澄曦控股有限公司', '', '', '', '')
# f07 石家庄
CUR = 'f07'
ent('company:jiheng-pharma-group', 'company', '冀衡药业集团股份有限公司', '冀衡药业', '', '', '')
ent('company:shijiazhuang-kangze-biotech', 'company', '石家庄康泽生物技术有限公司', '', '', '', '')
ent('company:hebei-jinan-runsheng-pharma', 'company', '冀南润晟制药有限公司', '', '', '', '')
ent('company:shijiazhuang-jiheng-biopharma', 'company', '石家庄冀衡生物制药有限公司', '', '', '', '')
ent('company:hebei-suifeng-pharma-packaging', 'company', '河北穗丰药用包装有限公司', '', '', '', '')
# f08 哈尔滨
CUR = 'f08'
ent('company:heilongjiang-binglan-data', 'company', '黑龙江冰岚数据科技有限公司', '冰岚数据', '', '', '')
ent('company:shenzhen-hannuo-electronics', 'company', '深圳市瀚诺电子股份有限公司', '瀚诺电子', '', '', '')
ent('company:harbin-hannuo-intelligent', 'company', '哈尔滨瀚诺智能科技有限公司', '', '', '', '')
ent('company:harbin-jiguang-zhizao', 'company', '哈尔滨极光智造科技有限公司', '极光智造', '', '', '')
ent('company:shenzhen-jiguang-vision', 'company', '深圳极光视觉股份有限公司', '', '', '', '')
ent('company:harbin-xingheng-precision', 'company', '哈尔滨星衡精密机械有限公司', '', '', '', '')
ent('company:harbin-hongling-aero-composites', 'company', '哈尔滨鸿翎航空复合材料有限公司', '鸿翎复材', '', '', '')
ent('company:harbin-aoxiang-general-aircraft', 'company', '哈尔滨翱翔通用飞机有限公司', '', '', '', '')
ent('company:longjiang-aviation-industry-group', 'company', '龙江航空工业集团有限公司', '', '', '', '')
ent('company:carlsen-composites', 'company', '德国卡尔森复合材料公司', '卡尔森复合材料公司', '', 'country=Germany', '')
ent('company:heilongjiang-songhe-biotech', 'company', '黑龙江松禾生物科技有限公司', '', '', '', '')

# ---------------- projects ----------------
ent('project:chiyuan-die-cast-body-parts', 'project', '驰远一体化压铸车身结构件项目', '', '', 'articles=f01', '')
ent('project:lanting-2m-compressor-expansion', 'project', '澜庭年产200万台变频压缩机扩建项目', '', '', 'articles=f01', '')
ent('project:guiyue-quartz-phase1', 'project', '硅岳电子级高纯石英材料项目一期', '', '', 'phase=1; articles=f01', '')
ent('project:chenyu-nev-thermal-management', 'project', '辰宇新能源汽车热管理系统产业化项目', '', '', 'investment_cny=1800000000; articles=f02', '')
ent('project:haiyu-5000-fuel-cell-systems', 'project', '海屿年产5000套氢燃料电池系统项目', '', '', 'investment_cny=1200000000; articles=f02', '')
ent('project:honglan-small-molecule-pilot-base', 'project', '泓岚小分子创新药中试及产业化基地', '', '', 'investment_cny=950000000; articles=f02', '')
ent('project:yuanlan-aquaculture-vessel-equipment', 'project', '远澜深远海养殖工船配套装备项目', '', '', 'investment_usd=220000000; articles=f02', '')
ent('project:henge-bonded-distribution-center', 'project', '恒舸跨境电商保税分拨中心', '', '', 'investment_cny=360000000; articles=f02', '')
ent('project:xinlang-auto-sensor-packaging', 'project', '芯朗车规级传感器封测项目', '', '', 'investment_cny=700000000; articles=f02', '')
ent('project:chengyang-10gwh-storage-phase1', 'project', '澄阳10GWh储能电池项目一期', '', '', 'investment_cny=2500000000; articles=f03', '')
ent('project:lanhai-electronic-chemicals-phase2', 'project', '澜海高纯电子化学品二期项目', '', '', 'phase=2; articles=f03', '')
ent('project:jingchi-800-five-axis-cnc', 'project', '精驰年产800台五轴数控机床项目', '', '', 'articles=f03', '')
ent('project:litu-yibin-battery-base', 'project', '锂途宜宾动力电池基地', '', '', 'phases=7 (六期 built, 第七期 started); articles=f04', '')
ent('project:chuanjing-100kt-lfp-cathode', 'project', '川晶年产10万吨磷酸铁锂正极材料项目', '', '', 'articles=f04', '')
ent('project:shuxun-battery-recycling', 'project', '蜀循退役动力电池综合利用项目', '', '', 'articles=f04', '')
ent('project:xiangying-engine-test-bed-phase2', 'project', '翔鹰中小航空发动机试车台二期项目', '', '', 'investment_cny=680000000; articles=f05', '')
ent('project:chengxi-joint-module-base', 'project', '澄曦机器人关节模组智能制造基地项目', '', '', 'investment_cny=850000000; articles=f06', '')
ent('project:jiheng-antibody-base-phase2', 'project', '冀衡抗体药物产业化基地二期', '', '', 'investment_cny=2200000000; articles=f07', '')
ent('project:jiheng-biologics-pilot-platform', 'project', '冀衡生物药中试公共服务平台', '', '', 'articles=f07', '')
ent('project:runsheng-green-api-upgrade', 'project', '润晟绿色原料药技改项目', '', '', 'articles=f07', '')
ent('project:binglan-cold-region-dc-phase1', 'project', '冰岚寒地数据中心一期', '', '', 'racks=12000; articles=f08', '')
ent('project:hannuo-smart-sensor-project', 'project', '瀚诺寒区智能传感器产业化项目', '', '', 'articles=f08', '')
ent('project:jiguang-machine-vision-equipment', 'project', '极光机器视觉检测装备项目', '', '', 'articles=f08', '')
ent('project:hongling-aero-composite-line', 'project', '鸿翎航空复材构件生产线', '', '', 'articles=f08', '')
ent('project:songhe-soy-protein-biomanufacturing', 'project', '松禾寒地大豆蛋白生物制造项目', '', '', 'articles=f08', '')

# ---------------- clusters (bundled ids, except the two marked new) ----------------
def cl(id, name, aliases, note):
    ent(id, 'cluster', name, aliases, '', note)
cl('cluster:new-energy-vehicles', '新能源汽车', '新能源汽车产业|新能源汽车产业集群|新能源汽车产业链', 'articles=f01,f02,f03,f04')
cl('cluster:smart-home-appliances', '智能家电', '智能家电产业|智能家电产业集群|智能家电产业链|家电产业|家电产业集群|家电产业链', 'articles=f01')
cl('cluster:new-materials', '新材料', '新材料产业|新材料产业集群|新材料产业链', 'articles=f01,f03,f08')
cl('cluster:auto-parts', '汽车零部件', '汽车零部件产业|汽车零部件产业集群|汽车零部件产业链|汽车零配件', 'articles=f01')
cl('cluster:hydrogen', '氢能', '氢能产业|氢能产业集群|氢能产业链|氢能源', 'articles=f02')
cl('cluster:biomedicine', '生物医药', '生物医药产业|生物医药产业集群|生物医药产业链', 'articles=f02,f03,f06,f07')
cl('cluster:marine-equipment', '海洋装备', '海洋装备产业|海洋装备产业集群|海洋装备产业链|深海装备', 'articles=f02')
cl('cluster:ship-supporting', '船舶配套', '船舶配套产业|船舶配套产业集群|船舶配套产业链|船舶配套业', 'articles=f02')
cl('cluster:cross-border-ecommerce', '跨境电商', '跨境电商产业|跨境电商产业集群|跨境电商产业链|跨境电子商务', 'articles=f02')
cl('cluster:fuel-cells', '燃料电池', '燃料电池产业|燃料电池产业集群|燃料电池产业链', 'no gold mention: listed so that the product uses (燃料电池电堆, 氢燃料电池物流车) and the nested use in a project name are visible (f02)')
cl('cluster:innovative-drugs', '创新药', '创新药产业|创新药产业集群|创新药产业链', 'articles=f07 (f02 and f07 also use it for drugs: other sense)')
cl('cluster:automotive-electronics', '汽车电子', '汽车电子产业|汽车电子产业集群|汽车电子产业链', 'articles=f03')
cl('cluster:photovoltaics', '光伏', '光伏产业|光伏产业集群|光伏产业链', 'articles=f03')
cl('cluster:energy-storage', '储能产业', '新型储能|储能产业链|储能产业集群', 'articles=f03')
cl('cluster:chemical-new-materials', '化工新材料', '化工新材料产业|化工新材料产业集群|化工新材料产业链', 'articles=f03')
cl('cluster:high-performance-fibers', '高性能纤维', '高性能纤维产业|高性能纤维产业集群|高性能纤维产业链', 'articles=f03')
cl('cluster:medical-devices', '医疗器械', '医疗器械产业|医疗器械产业集群|医疗器械产业链', 'articles=f03')
cl('cluster:high-end-equipment-manufacturing', '高端装备制造', '高端装备制造产业|高端装备制造产业集群|高端装备制造产业链|高端装备制造业|高端装备|高端装备产业|高端装备产业集群|高端装备产业链', 'articles=f03,f08')
cl('cluster:new-energy', '新能源', '新能源产业|新能源产业集群|新能源产业链', 'articles=f03')
cl('cluster:electronic-chemicals', '电子化学品', '电子化学品产业|电子化学品产业集群|电子化学品产业链', 'no gold mention: listed so that the nested use in a project name is visible (f03)')
cl('cluster:power-batteries', '动力电池', '动力电池产业|动力电池产业集群|动力电池产业链', 'articles=f04 (also the product: 退役动力电池)')
cl('cluster:lithium-battery-materials', '锂电材料', '锂电材料产业|锂电材料产业集群|锂电材料产业链|锂电池材料', 'articles=f04')
cl('cluster:rail-transit-equipment', '轨道交通装备', '轨道交通装备产业|轨道交通装备产业集群|轨道交通装备产业链|轨道交通装备制造|轨道交通装备制造业|轨道交通产业', 'articles=f05')
cl('cluster:small-aero-engines', '中小航空发动机', '中小航空发动机产业|中小航空发动机产业集群|中小航空发动机产业链', 'new id (not in the bundled clusters.tsv); articles=f05')
cl('cluster:cemented-carbide', '硬质合金', '硬质合金产业|硬质合金产业集群|硬质合金产业链', 'no gold mention: listed so that the nested use (株洲钨锋硬质合金) and the product use (硬质合金刀具) are visible (f05)')
cl('cluster:robotics', '机器人产业', '机器人产业链|机器人产业集群|工业机器人产业|智能机器人产业', 'articles=f06')
cl('cluster:new-generation-it', '新一代信息技术', '新一代信息技术产业|新一代信息技术产业集群|新一代信息技术产业链', 'articles=f06')
cl('cluster:intelligent-equipment', '智能装备', '智能装备产业|智能装备产业集群|智能装备产业链|智能装备制造|智能制造装备|智能制造装备产业', 'articles=f06')
cl('cluster:humanoid-robots', '人形机器人', '人形机器人产业|人形机器人产业集群|人形机器人产业链', 'articles=f06')
cl('cluster:semiconductor-equipment', '半导体装备', '半导体装备产业|半导体装备产业集群|半导体装备产业链|半导体设备|半导体设备产业', 'no gold mention: listed so that the product use (产品…应用于…半导体设备) is visible (f06)')
cl('cluster:apis', '原料药', '原料药产业|原料药产业集群|原料药产业链', 'articles=f07')
cl('cluster:modern-tcm', '现代中药', '现代中药产业|现代中药产业集群|现代中药产业链', 'articles=f07')
cl('cluster:electronic-information', '电子信息', '电子信息产业|电子信息产业集群|电子信息产业链|电子信息制造|电子信息制造业|新一代电子信息|新一代电子信息产业', 'articles=f07 (新一代电子信息产业 added as an alias so that the whole name is one span)')
cl('cluster:biopharma', '生物制药', '生物制药产业|生物制药产业集群|生物制药产业链', 'no gold mention: listed so that the nested uses in firm names are visible (f02, f07)')
cl('cluster:digital-economy', '数字经济', '数字经济产业|数字经济产业集群|数字经济产业链', 'articles=f08')
cl('cluster:bioeconomy', '生物经济', '生物经济产业|生物经济产业集群|生物经济产业链', 'articles=f08')
cl('cluster:ice-snow-economy', '冰雪经济', '冰雪经济产业|冰雪产业|冰雪产业集群|冰雪产业链', 'new id (not in the bundled clusters.tsv); articles=f08')
cl('cluster:aerospace', '航空航天', '航空航天产业|航空航天产业集群|航空航天产业链', 'articles=f08')
cl('cluster:equipment-manufacturing', '装备制造', '装备制造产业|装备制造产业集群|装备制造产业链|装备制造业', 'articles=f08')
cl('cluster:synthetic-biology', '合成生物', '合成生物产业|合成生物产业集群|合成生物产业链', 'no gold mention: listed so that the technique use (采用合成生物技术路线) is visible (f08)')
cl('cluster:biomanufacturing', '生物制造', '生物制造产业|生物制造产业集群|生物制造产业链', 'no gold mention: listed so that the nested use in a project name is visible (f08)')
cl('cluster:smart-sensors', '智能传感器', '智能传感器产业|智能传感器产业集群|智能传感器产业链|传感器产业', 'no gold mention: listed so that the nested use in a project name is visible (f08)')
cl('cluster:machine-vision', '机器视觉', '机器视觉产业|机器视觉产业集群|机器视觉产业链', 'no gold mention: listed so that the nested use in a project name is visible (f08)')

# ---------------- secondary: regions and organizations (no gold mentions) ----------------
def region(id, name, level, note):
    ent(id, 'region', name, '', '', f'level={level}; {note}', f'level={level}')
region('region:jiujiang-district', '鸠江区', 'district', 'city=芜湖市; f01: the district of the 建设地点 of the third project, not a zone')
region('region:longshan-subdistrict-wuhu', '龙山街道', 'subdistrict', 'city=芜湖市; f01: a street the ETDZ administers, not a zone')
region('region:wanchun-subdistrict', '万春街道', 'subdistrict', 'city=芜湖市; f01: a street the ETDZ administers, not a zone')
region('region:shenxiang-town', '沈巷镇', 'town', 'city=芜湖市 (鸠江区); f01: a town, not a zone')
region('region:fushan-district', '福山区', 'district', 'city=烟台市; f02: the district the ETDZ belongs to administratively')
region('region:dajijia-subdistrict', '大季家街道', 'subdistrict', 'city=烟台市; f02: not a zone')
region('region:xinbei-district', '新北区', 'district', 'city=常州市; f03: 区政合一 with 常州高新区, but a district')
region('region:menghe-town', '孟河镇', 'town', 'city=常州市; f03: not a zone')
region('region:luoxi-town', '罗溪镇', 'town', 'city=常州市; f03: not a zone')
region('region:baishawan-subdistrict', '白沙湾街道', 'subdistrict', 'city=宜宾市; f04: a street of the new area')
region('region:cuiping-district', '翠屏区', 'district', 'city=宜宾市; f04: outside the new area (stated)')
region('region:shaping-subdistrict', '沙坪街道', 'subdistrict', 'city=宜宾市; f04: a street, not a zone')
region('region:shifeng-district', '石峰区', 'district', 'city=株洲市; f05: the district of 田心高科园')
region('region:lusong-district', '芦淞区', 'district', 'city=株洲市; f05: the district of 董家塅高科园')
region('region:tianyuan-district', '天元区', 'district', 'city=株洲市; f05: the district of 河西示范园')
region('region:dalang-town', '大朗镇', 'town', 'city=东莞市; f06: a town next to the project site')
region('region:gaocheng-district', '藁城区', 'district', 'city=石家庄市; f07: the district of 石家庄经开区')
region('region:songbei-district', '松北区', 'district', 'city=哈尔滨市; f08: part of 哈尔滨新区, a district')
region('region:hulan-district', '呼兰区', 'district', 'city=哈尔滨市; f08: a district')
region('region:pingfang-district', '平房区', 'district', 'city=哈尔滨市; f08: the district of 哈经开区')
def org(id, name, note, kind='university'):
    ent(id, 'organization', name, '', '', f'kind={kind}; {note}', f'kind={kind}')
org('org:anhui-polytechnic-university', '安徽工程大学', 'f01: planned lab partner of 硅岳新材料 (uncertain)')
org('org:changzhou-university', '常州大学', 'f03')
org('org:yibin-university', '宜宾学院', 'f04: planned partner of 锂途动力 (uncertain)')
org('org:hunan-university-of-technology', '湖南工业大学', 'f05: partner of 株洲湘韧 (uncertain: an organization)')
org('org:songshan-lake-materials-laboratory', '松山湖材料实验室', 'f06: planned partner of 澄曦智能 (uncertain); its 松山湖 is the place name', 'research_institute')
org('org:hebei-medical-university', '河北医科大学', 'f07: lab partner of 康泽生物 (uncertain)')
org('org:harbin-institute-of-technology', '哈尔滨工业大学', 'f08')
