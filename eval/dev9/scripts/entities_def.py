# Entity table for the dev9 set: (id, type, canonical, aliases, generic_aliases, gold_attributes, dict_attributes)
# aliases: surface variants that go into both entities.tsv and dictionary/entities.tsv
# generic_aliases: bare forms (经开区, 高新区, 新区, 综保区) that the gold uses for this entity in its own article;
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
ent('zone:zibo-hitech', 'zone', '淄博高新技术产业开发区', '淄博高新区|淄博国家高新区', '高新区',
    'kind=国家级高新技术产业开发区; city=淄博市; articles=n01', HTZ)
ent('zone:zibo-qilu-chemical-park', 'zone', '齐鲁化学工业区', '淄博齐鲁化学工业区',
    '', 'kind=chemical_industry_park (化工园区; the annotator\'s belief); city=淄博市 (临淄区); note=level left unstated; articles=n01', 'kind=chemical_industry_park')
ent('zone:jiujiang-etdz', 'zone', '九江经济技术开发区', '九江经开区', '经开区', 'kind=国家级经济技术开发区; city=九江市; articles=n02', ETDZ)
ent('zone:jiujiang-cbz', 'zone', '九江综合保税区', '九江综保区', '综保区',
    'kind=comprehensive_bonded_zone; parent=zone:jiujiang-etdz (地处经开区内; the annotator\'s belief, not checked); articles=n02', 'kind=comprehensive_bonded_zone')
ent('zone:xiangtan-etdz', 'zone', '湘潭经济技术开发区', '湘潭经开区', '经开区', 'kind=国家级经济技术开发区; city=湘潭市; note=九华片区 is an area of the zone, not an entity; articles=n03', ETDZ)
ent('zone:xiangtan-hitech', 'zone', '湘潭高新技术产业开发区', '湘潭高新区|湘潭国家高新区', '高新区', 'kind=国家级高新技术产业开发区; city=湘潭市; articles=n03', HTZ)
ent('zone:zunyi-etdz', 'zone', '遵义经济技术开发区', '遵义经开区', '经开区', 'kind=国家级经济技术开发区; city=遵义市; articles=n04', ETDZ)
ent('zone:zunyi-xinpu-new-area', 'zone', '新蒲新区', '遵义新蒲新区', '新区',
    'kind=new_area (贵州遵义新蒲新区); city=遵义市; note=level left unstated; articles=n04', 'kind=new_area')
ent('zone:jiangmen-hitech', 'zone', '江门高新技术产业开发区', '江门高新区|江门国家高新区', '高新区', 'kind=国家级高新技术产业开发区; city=江门市; articles=n05', HTZ)
ent('zone:xinhui-edz', 'zone', '新会经济开发区', '新会经开区|江门新会经济开发区', '',
    'kind=economic_development_zone; city=江门市 (新会区); note=level left unstated; articles=n05', 'kind=economic_development_zone')
ent('zone:shiyan-etdz', 'zone', '十堰经济技术开发区', '十堰经开区', '经开区',
    'kind=economic_and_technological_development_zone; city=十堰市; note=level left unstated; articles=n06', 'kind=economic_and_technological_development_zone')
ent('zone:shiyan-hitech', 'zone', '十堰高新技术产业开发区', '十堰高新区', '高新区',
    'kind=high_tech_zone; city=十堰市; note=n06 uses only the short form 十堰高新区; the full name and the level are left unchecked; articles=n06', 'kind=high_tech_zone')
ent('zone:baoji-hitech', 'zone', '宝鸡高新技术产业开发区', '宝鸡高新区|宝鸡国家高新区', '高新区', 'kind=国家级高新技术产业开发区; city=宝鸡市; articles=n07', HTZ)
ent('zone:caijiapo-etdz', 'zone', '蔡家坡经济技术开发区', '蔡家坡经开区', '经开区',
    'kind=economic_and_technological_development_zone; city=宝鸡市 (岐山县); note=level left unstated (省级 in the annotator\'s belief); articles=n07', 'kind=economic_and_technological_development_zone')
ent('zone:baoji-cbz', 'zone', '宝鸡综合保税区', '宝鸡综保区', '综保区',
    'kind=comprehensive_bonded_zone; city=宝鸡市; note=its placement in another zone is not stated in n07; articles=n07', 'kind=comprehensive_bonded_zone')
ent('zone:taizhou-js-pharma-hitech', 'zone', '泰州医药高新技术产业开发区', '泰州医药高新区|泰州医药国家高新区|中国医药城|医药城', '高新区',
    'kind=国家级高新技术产业开发区; city=泰州市; note=中国医药城 (and 医药城) is the brand name of the zone and is used for it in n08; articles=n08', HTZ)
ent('zone:taixing-edz', 'zone', '泰兴经济开发区', '泰兴经开区', '',
    'kind=economic_development_zone; city=泰州市 (泰兴市); note=level left unstated; articles=n08', 'kind=economic_development_zone')

# ---------------- companies and projects ----------------
CUR = 'n01'
ent('company:zibo-luyue-new-materials', 'company', '淄博鲁岳新材料股份有限公司', '鲁岳新材')
ent('company:zibo-huatao-precision-ceramics', 'company', '淄博华陶精密陶瓷有限公司', '华陶精密陶瓷')
ent('company:japan-marui-kiln', 'company', '日本丸井窑业株式会社', '')
ent('project:luyue-high-purity-alumina-powder', 'project', '鲁岳高纯氧化铝粉体项目', '')
ent('company:shandong-qixin-microelectronics', 'company', '山东齐芯微电子有限公司', '齐芯微电子')
ent('company:huace-sensing-tech-group', 'company', '华测传感科技集团有限公司', '')
ent('company:shandong-hongchi-auto-electronics', 'company', '山东泓驰汽车电子有限公司', '')
ent('company:shandong-kangyi-biopharma', 'company', '山东康宜生物制药有限公司', '')
ent('company:zibo-qirun-chemical', 'company', '淄博齐润化工有限公司', '')
ent('company:zibo-bosheng-new-energy', 'company', '淄博铂晟新能源有限公司', '')
ent('company:jinan-tuoyuan-intelligent-equipment', 'company', '济南拓远智能装备有限公司', '')
CUR = 'n02'
ent('company:jiujiang-jinglan-optoelectronics', 'company', '九江晶澜光电科技有限公司', '晶澜光电')
ent('project:jinglan-backlight-display-module', 'project', '晶澜新型背光显示模组项目', '')
ent('company:shenzhen-jinglan-display-group', 'company', '深圳晶澜显示集团股份有限公司', '')
ent('company:xiamen-tianyi-display-tech', 'company', '厦门天翊显示技术有限公司', '')
ent('company:jiangxi-xunlv-new-materials', 'company', '江西浔铝新材料有限公司', '浔铝新材')
ent('project:xunlv-nev-aluminium-structural-parts', 'project', '浔铝新能源汽车铝合金结构件项目', '')
ent('company:foshan-nanyue-aluminium-group', 'company', '佛山南粤铝业集团有限公司', '')
ent('company:jiujiang-henglu-auto-trim', 'company', '九江恒庐汽车饰件有限公司', '')
ent('project:henglu-auto-seat-interior', 'project', '恒庐汽车座椅及内饰件项目', '')
ent('company:nanchang-ganchi-auto', 'company', '南昌赣驰汽车有限公司', '')
ent('company:jiujiang-lufeng-electronics', 'company', '九江庐峰电子科技有限公司', '庐峰电子')
ent('company:jiangxi-changjiu-chemical', 'company', '江西昌九化工有限公司', '昌九化工')
ent('company:germany-hermann-chemie', 'company', '德国赫尔曼化学公司', '')
ent('company:jiujiang-dechang-specialty-additives', 'company', '九江德昌特种助剂有限公司', '')
CUR = 'n03'
ent('company:shenzhen-borui-intelligent-tech', 'company', '深圳博锐智能科技有限公司', '博锐智能')
ent('project:borui-precision-reducer-joint-module', 'project', '博锐精密减速器及关节模组项目', '')
ent('company:shenzhen-tuowei-electronics', 'company', '深圳拓微电子科技有限公司', '')
ent('project:tuowei-automotive-power-module', 'project', '拓微车规级功率模块项目', '')
ent('company:hunan-tanzhou-motor', 'company', '湖南潭州电机股份有限公司', '潭州电机')
ent('company:shenzhen-haichuan-energy-storage', 'company', '深圳海川储能科技有限公司', '')
ent('company:hunan-tanchuan-new-energy-equipment', 'company', '湖南潭川新能源装备有限公司', '')
ent('company:hunan-jixiang-auto-parts', 'company', '湖南吉湘汽车零部件有限公司', '吉湘汽车零部件')
ent('company:shenzhen-huayue-wire-harness', 'company', '深圳华越线束科技有限公司', '')
ent('company:zhejiang-jifeng-auto-parts-group', 'company', '浙江吉峰汽车部件集团有限公司', '')
ent('company:shenzhen-xinyuanda-electronics', 'company', '深圳鑫源达电子有限公司', '')
CUR = 'n04'
ent('company:guizhou-qianchuan-new-energy-materials', 'company', '贵州黔川新能源材料有限公司', '黔川新能源')
ent('project:qianchuan-50kt-lmfp', 'project', '黔川年产5万吨磷酸锰铁锂项目', '')
ent('company:shuli-tech-group', 'company', '蜀锂科技集团股份有限公司', '蜀锂集团')
ent('company:zunyi-huimeng-chemical', 'company', '遵义汇锰化工有限公司', '')
ent('company:guizhou-qianlin-ruida-chemical', 'company', '贵州黔磷瑞达化工有限公司', '')
ent('company:jiangxi-ganneng-power-battery', 'company', '江西赣能动力电池有限公司', '')
ent('company:changsha-xiangchu-energy-tech', 'company', '长沙湘储能源科技有限公司', '')
ent('company:zunyi-qiantong-logistics-group', 'company', '遵义黔通物流集团有限公司', '')
ent('company:zunyi-mengchuan-supply-chain', 'company', '遵义锰川供应链有限公司', '')
CUR = 'n05'
ent('company:jiangmen-haijia-energy-storage', 'company', '江门海岬储能科技有限公司', '海岬储能')
ent('project:haijia-12gwh-battery', 'project', '海岬储能12GWh电池项目', '')
ent('company:guangdong-haijia-new-energy-group', 'company', '广东海岬新能源集团有限公司', '')
ent('company:jiangmen-hongjun-electronics', 'company', '江门鸿骏电子有限公司', '')
ent('company:jiangmen-yueke-precision-mould', 'company', '江门粤科精密模具有限公司', '')
ent('company:hongkong-yonghua-industrial', 'company', '香港永华实业有限公司', '')
ent('company:jiangmen-huaye-electromechanical', 'company', '江门华业机电有限公司', '')
ent('company:jiangmen-lituo-cnc-equipment', 'company', '江门力拓数控设备有限公司', '')
ent('company:jiangmen-zhonghong-optoelectronics', 'company', '江门中弘光电科技有限公司', '')
ent('company:jiangmen-baogan-biotech', 'company', '江门宝柑生物科技有限公司', '')
ent('company:guangzhou-lingnan-pharma', 'company', '广州岭南药业股份有限公司', '')
CUR = 'n06'
ent('company:shiyan-jiachi-nev', 'company', '十堰嘉驰新能源汽车有限公司', '嘉驰新能源|嘉驰')
ent('company:chongqing-jiachi-auto-group', 'company', '重庆嘉驰汽车集团股份有限公司', '')
ent('company:hubei-exi-axle', 'company', '湖北鄂西车桥股份有限公司', '鄂西车桥')
ent('company:shiyan-fenghui-casting', 'company', '十堰丰汇铸造有限公司', '')
ent('company:shiyan-yuanhang-hydrogen', 'company', '十堰远航氢能科技有限公司', '')
ent('company:shanghai-qingtu-power-tech', 'company', '上海氢途动力科技有限公司', '')
ent('company:shiyan-qingyuan-power-systems', 'company', '十堰氢远动力系统有限公司', '')
ent('company:wuhan-xinghui-battery-tech', 'company', '武汉星晖电池科技有限公司', '')
CUR = 'n07'
ent('company:baoji-taixinyuan-metal-materials', 'company', '宝鸡钛鑫源金属材料有限公司', '钛鑫源')
ent('project:taixinyuan-aero-titanium-bar', 'project', '钛鑫源航空级钛合金棒材项目', '')
ent('company:xian-qintai-holding-group', 'company', '西安秦钛控股集团有限公司', '')
ent('company:baoji-weichuan-precision-machine-tools', 'company', '宝鸡渭川精密机床有限公司', '')
ent('company:shaanxi-qifeng-gear-transmission', 'company', '陕西岐峰齿轮传动有限公司', '岐峰齿轮')
ent('company:germany-franz-drive-tech', 'company', '德国弗兰茨传动技术公司', '')
ent('company:baoji-qide-gearbox', 'company', '宝鸡岐德变速箱有限公司', '岐德变速箱')
ent('company:shaanxi-qinchi-heavy-truck', 'company', '陕西秦驰重型汽车有限公司', '')
ent('company:shaanxi-huaqi-casting', 'company', '陕西华岐铸造有限公司', '')
ent('company:baoji-haitai-international-trade', 'company', '宝鸡海钛国际贸易有限公司', '')
ent('company:shaanxi-hongyuan-new-energy-tech', 'company', '陕西宏远新能源科技有限公司', '')
CUR = 'n08'
ent('company:taizhou-kanghe-biologics', 'company', '泰州康禾生物制品有限公司', '康禾生物')
ent('company:shanghai-kanghe-pharma-group', 'company', '上海康禾医药集团股份有限公司', '')
ent('company:jiangsu-tairui-medical-devices', 'company', '江苏泰瑞医疗器械有限公司', '泰瑞医疗')
ent('company:jiangsu-taihua-pharma-group', 'company', '江苏泰华医药集团有限公司', '')
ent('company:germany-klaus-medical-tech', 'company', '德国克劳斯医疗技术公司', '')
ent('project:tairui-smart-infusion-equipment', 'project', '泰瑞智能输注设备产业化项目', '')
ent('company:taizhou-henggu-pharma-tech', 'company', '泰州恒谷医药科技有限公司', '')
ent('company:taixing-ruifeng-chemical', 'company', '泰兴瑞丰化学有限公司', '')


# ---------------- clusters (bundled ids and names; aliases = the suffixed forms) ----------------
def cl(id, name, aliases, note):
    ent(id, 'cluster', name, aliases, '', note, '')


S = '{0}产业|{0}产业集群|{0}产业链'
cl('cluster:new-materials', '新材料', S.format('新材料'), 'articles=n01,n04,n07 (nested in firm names in n01, n02)')
cl('cluster:advanced-ceramics', '先进陶瓷', S.format('先进陶瓷'), 'articles=n01')
cl('cluster:biomedicine', '生物医药', S.format('生物医药'), 'articles=n01,n08')
cl('cluster:intelligent-equipment', '智能装备', S.format('智能装备') + '|智能装备制造|智能制造装备', 'articles=n01,n03 (nested in a firm name in n01)')
cl('cluster:hydrogen', '氢能', S.format('氢能') + '|氢能源', 'articles=n01,n06 (nested in a firm name in n06)')
cl('cluster:integrated-circuits', '集成电路', S.format('集成电路') + '|芯片产业|芯片产业链', 'articles=n01')
cl('cluster:electronic-information', '电子信息', S.format('电子信息') + '|电子信息制造|电子信息制造业', 'articles=n02,n03,n05')
cl('cluster:auto-parts', '汽车零部件', S.format('汽车零部件') + '|汽车零配件', 'articles=n02,n03,n06,n07 (nested in a firm name in n03)')
cl('cluster:fine-chemicals', '精细化工', S.format('精细化工'), 'articles=n02,n08')
cl('cluster:cross-border-ecommerce', '跨境电商', S.format('跨境电商') + '|跨境电子商务', 'articles=n02,n07')
cl('cluster:intelligent-manufacturing', '智能制造', S.format('智能制造'), 'articles=n03 (in the name of the promotion event)')
cl('cluster:new-energy-equipment', '新能源装备', S.format('新能源装备'), 'articles=n03 (nested in a firm name there)')
cl('cluster:advanced-metal-materials', '先进金属材料', S.format('先进金属材料'), 'articles=n03')
cl('cluster:lithium-battery-materials', '锂电材料', S.format('锂电材料') + '|锂电池材料|锂电池材料产业|锂电池材料产业链|锂电池材料产业集群', 'articles=n04 (as 锂电池材料)')
cl('cluster:big-data', '大数据产业', '大数据产业集群|大数据产业链', 'articles=n04 (bundled name; bare 大数据 is not a dictionary form)')
cl('cluster:energy-storage', '储能产业', '新型储能|储能产业链|储能产业集群', 'articles=n05 (bundled name; 新型储能 is its alias; 储能 in firm names and product words is no dictionary form)')
cl('cluster:high-end-equipment-manufacturing', '高端装备制造', S.format('高端装备制造') + '|高端装备制造业|高端装备|高端装备产业', 'articles=n05,n07')
cl('cluster:big-health', '大健康', S.format('大健康'), 'articles=n05,n08')
cl('cluster:food-beverage', '食品饮料', S.format('食品饮料'), 'articles=n05')
cl('cluster:automobile', '汽车制造', '汽车制造产业|汽车制造业|汽车产业|汽车产业集群|汽车产业链', 'articles=n06 (as 汽车产业链; bundled name)')
cl('cluster:new-energy-vehicles', '新能源汽车', S.format('新能源汽车'), 'articles=n06,n07 (nested in a firm name in n06 and a project name in n02)')
cl('cluster:intelligent-connected-vehicles', '智能网联汽车', S.format('智能网联汽车'), 'articles=n06')
cl('cluster:fuel-cells', '燃料电池', S.format('燃料电池'), 'articles=n06')
cl('cluster:industrial-machine-tools', '工业母机', S.format('工业母机') + '|高档数控机床|数控机床产业', 'articles=n07 (as 数控机床产业; bundled name)')
cl('cluster:new-generation-it', '新一代信息技术', S.format('新一代信息技术'), 'articles=n07')
cl('cluster:vaccines', '疫苗产业', '疫苗产业集群|疫苗产业链', 'articles=n08 (bundled name; bare 疫苗 is a product word, not a dictionary form)')
cl('cluster:innovative-drugs', '创新药', S.format('创新药'), 'articles=n08')
cl('cluster:high-end-medical-devices', '高端医疗器械', S.format('高端医疗器械'), 'articles=n08')
cl('cluster:cell-gene-therapy', '细胞与基因治疗', S.format('细胞与基因治疗') + '|细胞和基因治疗', 'articles=n08')
cl('cluster:chemical-new-materials', '化工新材料', S.format('化工新材料'), 'articles=n08')
cl('cluster:new-energy', '新能源', S.format('新能源'), 'no gold mention: listed so that its nested uses in firm names (淄博铂晟新能源有限公司 n01, 黔川新能源 n04, 广东海岬新能源集团有限公司 n05, 陕西宏远新能源科技有限公司 n07 …) are visible')
cl('cluster:new-energy-materials', '新能源材料', S.format('新能源材料'), 'no gold mention: listed so that the nested use in a firm name (贵州黔川新能源材料有限公司, n04) is visible')
cl('cluster:power-batteries', '动力电池', S.format('动力电池'), 'no gold mention: listed so that the nested use in a firm name (江西赣能动力电池有限公司, n04) and the product use in a quote (n04, other sense) are visible')
cl('cluster:automotive-electronics', '汽车电子', S.format('汽车电子'), 'no gold mention: listed so that the nested use in a firm name (山东泓驰汽车电子有限公司, n01) is visible')
cl('cluster:biopharma', '生物制药', S.format('生物制药'), 'no gold mention: listed so that the nested use in a firm name (山东康宜生物制药有限公司, n01) is visible')
cl('cluster:medical-devices', '医疗器械', S.format('医疗器械'), 'no gold mention: listed so that the nested use in a firm name (江苏泰瑞医疗器械有限公司, n08) is visible')
