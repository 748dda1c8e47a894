# Gold annotation of the dev5 corpus, written as anchored text so that offsets are computed, never typed.
# MENTIONS[file] = ordered list of (anchor, entity_id). The anchor is a piece of the text with the mention in
# [brackets]; it is searched forward from the previous match, so the list follows the text order.
# UNCERTAIN_MENTIONS[file] = (anchor, proposed_entity_id, note)
# NON_MENTIONS are produced by build.py from the dictionary simulation (class uses, pronouns, nested names, other senses).
# RELATIONS = (head, relation, tail, file, evidence_pieces, scope); evidence pieces are exact substrings; the first
# piece is located (it must be unique in the file, or given as (piece, n) for the n-th occurrence, 0-based).
# UNCERTAIN_RELATIONS = same, with scope replaced by a note.

MENTIONS = {}
UNCERTAIN_MENTIONS = {}

_bare_park = ('bare 园区 (the tool lists it as a pronoun with mention=no; the held-out set keeps such uses uncertain); '
              'here it means ')

# ---------------------------------------------------------------- f01 芜湖 (EIA acceptance notice with field lines)
Z = 'zone:wuhu-etdz'
MENTIONS['f01_wuhu.txt'] = [
    ('[芜湖经开区]三个', Z),
    ('生态环境局[经开区]分局', Z),
    ('[新能源汽车]、智能家电', 'cluster:new-energy-vehicles'),
    ('[智能家电]和新材料', 'cluster:smart-home-appliances'),
    ('[新材料]是芜湖', 'cluster:new-materials'),
    ('[芜湖经济技术开发区]的三大', Z),
    ('项目名称：[驰远一体化压铸车身结构件项目]', 'project:chiyuan-die-cast-body-parts'),
    ('建设单位：[芜湖驰远汽车零部件有限公司]', 'company:wuhu-chiyuan-auto-parts'),
    ('建设地点：[芜湖经开区]龙山', Z),
    ('由[江苏驰远精密制造集团有限公司]全资设立', 'company:jiangsu-chiyuan-precision-group'),
    ('注册于[经开区]，', Z),
    ('与[芜湖骁骐汽车有限公司]签有', 'company:wuhu-xiaoqi-auto'),
    ('编制单位：[安徽蓝禾环境科技有限公司]', 'company:anhui-lanhe-environmental-tech'),
    ('项目名称：[澜庭年产200万台变频压缩机扩建项目]', 'project:lanting-2m-compressor-expansion'),
    ('建设单位：[芜湖澜庭电器有限公司]', 'company:wuhu-lanting-electric'),
    ('建设地点：[芜湖经开区]万春', Z),
    ('概况：[澜庭电器集团股份有限公司]（', 'company:lanting-electric-group'),
    ('下称“[澜庭集团]”', 'company:lanting-electric-group'),
    ('编制单位：[安徽蓝禾环境科技有限公司]', 'company:anhui-lanhe-environmental-tech'),
    ('项目名称：[硅岳电子级高纯石英材料项目一期]', 'project:guiyue-quartz-phase1'),
    ('建设单位：[芜湖硅岳新材料有限公司]', 'company:wuhu-guiyue-new-materials'),
    ('由[浙江硅岳科技股份有限公司]与', 'company:zhejiang-guiyue-tech'),
    ('与[芜湖市产业投资基金有限公司]合资', 'company:wuhu-industrial-investment-fund'),
    ('，[浙江硅岳科技股份有限公司]控股', 'company:zhejiang-guiyue-tech'),
    ('编制单位：[合肥清衡环保工程有限公司]', 'company:hefei-qingheng-environmental-engineering'),
    ('。[芜湖骁骐汽车有限公司]是', 'company:wuhu-xiaoqi-auto'),
    ('是[经开区]新能源', Z),
    ('[新能源汽车产业集群]的整车', 'cluster:new-energy-vehicles'),
    ('，[芜湖驰远]的压铸件', 'company:wuhu-chiyuan-auto-parts'),
    ('送往[骁骐]总装', 'company:wuhu-xiaoqi-auto'),
    ('。[芜湖澜庭]是', 'company:wuhu-lanting-electric'),
    ('是[开发区]智能家电', Z),
    ('[智能家电产业链]上', 'cluster:smart-home-appliances'),
    ('同在[经开区]的', Z),
    ('的[芜湖凯乐美空调有限公司]。', 'company:wuhu-kailemei-air-conditioning'),
    ('[澜庭集团]董事长', 'company:lanting-electric-group'),
    ('。[硅岳新材料]的提纯', 'company:wuhu-guiyue-new-materials'),
    ('母公司[浙江硅岳]，', 'company:zhejiang-guiyue-tech'),
    ('[江苏驰远精密制造集团有限公司]是国内', 'company:jiangsu-chiyuan-precision-group'),
    ('[汽车零部件]行业', 'cluster:auto-parts'),
    ('，[经开区]坚持', Z),
]

# ---------------------------------------------------------------- f02 烟台 (signing ceremony with a numbered project list)
Z = 'zone:yantai-etdz'; B = 'zone:yantai-comprehensive-bonded-zone'
MENTIONS['f02_yantai.txt'] = [
    ('[烟台开发区]春季', Z),
    ('，[烟台经济技术开发区]2025年', Z),
    ('涉及[新能源汽车]、', 'cluster:new-energy-vehicles'),
    ('、[氢能]、生物医药和海洋装备等', 'cluster:hydrogen'),
    ('[生物医药]和海洋装备等', 'cluster:biomedicine'),
    ('[海洋装备]等领域', 'cluster:marine-equipment'),
    ('[开发区]党工委', Z),
    ('，[开发区]始终把', Z),
    ('把[新能源汽车]作为', 'cluster:new-energy-vehicles'),
    ('培育[氢能]、', 'cluster:hydrogen'),
    ('、[生物医药]和海洋装备三条', 'cluster:biomedicine'),
    ('[海洋装备]三条', 'cluster:marine-equipment'),
    ('，[开发区]将为', Z),
    ('均落户[烟台开发区]）', Z),
    ('1．[辰宇新能源汽车热管理系统产业化项目]', 'project:chenyu-nev-thermal-management'),
    ('投资方：[辰宇汽车热系统（烟台）有限公司]', 'company:chenyu-thermal-systems-yantai'),
    ('2．[海屿年产5000套氢燃料电池系统项目]', 'project:haiyu-5000-fuel-cell-systems'),
    ('投资方：[烟台海屿氢能科技有限公司]', 'company:yantai-haiyu-hydrogen'),
    ('3．[泓岚小分子创新药中试及产业化基地]', 'project:honglan-small-molecule-pilot-base'),
    ('投资方：[山东泓岚医药集团有限公司]', 'company:shandong-honglan-pharma-group'),
    ('4．[远澜深远海养殖工船配套装备项目]', 'project:yuanlan-aquaculture-vessel-equipment'),
    ('投资方：[烟台远澜海洋装备有限公司]、', 'company:yantai-yuanlan-marine-equipment'),
    ('、[挪威北峡海事集团]（合资）', 'company:beixia-maritime-group'),
    ('5．[恒舸跨境电商保税分拨中心]', 'project:henge-bonded-distribution-center'),
    ('投资方：[烟台恒舸国际物流有限公司]', 'company:yantai-henge-logistics'),
    ('建设地点：[烟台综合保税区]', B),
    ('6．[芯朗车规级传感器封测项目]', 'project:xinlang-auto-sensor-packaging'),
    ('投资方：[芯朗微电子（上海）股份有限公司]（', 'company:xinlang-microelectronics-shanghai'),
    ('全资子公司[烟台芯朗科技有限公司]负责', 'company:yantai-xinlang-tech'),
    ('。[辰宇汽车热系统（烟台）有限公司]（简称', 'company:chenyu-thermal-systems-yantai'),
    ('简称“[辰宇热系统]”', 'company:chenyu-thermal-systems-yantai'),
    ('是[辰宇控股集团有限公司]旗下', 'company:chenyu-holding-group'),
    ('整车企业[烟台舜驰汽车有限公司]配套', 'company:yantai-shunchi-auto'),
    ('[海屿氢能]董事长', 'company:yantai-haiyu-hydrogen'),
    ('已在[开发区]建成', Z),
    ('，[海屿氢能]还和', 'company:yantai-haiyu-hydrogen'),
    ('和[烟台舜驰汽车有限公司]签下', 'company:yantai-shunchi-auto'),
    ('[远澜海洋装备]与挪威', 'company:yantai-yuanlan-marine-equipment'),
    ('与[挪威北峡海事集团]的合资项目', 'company:beixia-maritime-group'),
    ('。[北峡集团]亚太区', 'company:beixia-maritime-group'),
    ('烟台港和[开发区]的', Z),
    ('的[船舶配套]基础', 'cluster:ship-supporting'),
    ('由[远澜海洋装备]控股', 'company:yantai-yuanlan-marine-equipment'),
    ('[泓岚医药]相关负责人', 'company:shandong-honglan-pharma-group'),
    ('这也是[开发区]首个', Z),
    ('[恒舸国际物流]的分拨中心', 'company:yantai-henge-logistics'),
    ('建在[综保区]内', B),
    ('。[综保区]是开发区', B),
    ('是[开发区]对外开放的重要平台', Z),
    ('集聚[跨境电商]企业', 'cluster:cross-border-ecommerce'),
    ('，[烟台瀚洋供应链管理有限公司]、', 'company:yantai-hanyang-supply-chain'),
    ('、[烟台鲁通报关服务有限公司]均在', 'company:yantai-lutong-customs-services'),
    ('【链接】[烟台经济技术开发区]成立', Z),
    ('。[开发区]下辖的', Z),
    ('下辖的[烟台综合保税区]由', B),
    ('近年来，[开发区]新能源', Z),
    ('[新能源汽车产业集群]规模', 'cluster:new-energy-vehicles'),
    ('区内整车企业[烟台舜驰汽车有限公司]年产能', 'company:yantai-shunchi-auto'),
    ('；[生物医药产业]则以', 'cluster:biomedicine'),
    ('以[山东泓岚医药集团有限公司]、', 'company:shandong-honglan-pharma-group'),
    ('、[烟台绿邦生物制药有限公司]为骨干', 'company:yantai-lvbang-biopharma'),
]

# ---------------------------------------------------------------- f03 常州 (quarterly economic-performance analysis)
Z = 'zone:changzhou-hitech'; BJ = 'zone:changzhou-binjiang-edz'
MENTIONS['f03_changzhou.txt'] = [
    ('[常州高新区]今年', Z),
    ('[常州国家高新技术产业开发区]经济发展局', Z),
    ('，[常州高新区]（新北区）', Z),
    ('其中，[高新区]下辖的', Z),
    ('下辖的[常州滨江经济开发区]（简称', BJ),
    ('简称“[滨开区]”', BJ),
    ('（一）[新能源汽车]及核心', 'cluster:new-energy-vehicles'),
    ('，[骏途汽车集团股份有限公司]旗下的', 'company:juntu-auto-group'),
    ('旗下的[常州骏途汽车有限公司]一季度', 'company:changzhou-juntu-auto'),
    ('，[常州恒旭电驱科技有限公司]、', 'company:changzhou-hengxu-edrive'),
    ('、[常州安拓汽车电子有限公司]等', 'company:changzhou-antuo-auto-electronics'),
    ('等[汽车电子]企业', 'cluster:automotive-electronics'),
    ('。[常州恒旭电驱科技有限公司]已与', 'company:changzhou-hengxu-edrive'),
    ('已与[常州骏途汽车有限公司]签订', 'company:changzhou-juntu-auto'),
    ('（二）[光伏]与', 'cluster:photovoltaics'),
    ('与[新型储能]。', 'cluster:energy-storage'),
    ('，[光伏]板块', 'cluster:photovoltaics'),
    ('，[储能产业]则', 'cluster:energy-storage'),
    ('。[常州澄阳储能科技有限公司]（下称', 'company:changzhou-chengyang-energy-storage'),
    ('下称“[澄阳储能]”', 'company:changzhou-chengyang-energy-storage'),
    ('投资25亿元的[澄阳10GWh储能电池项目一期]于', 'project:chengyang-10gwh-storage-phase1'),
    ('于2月在[滨开区]开工', BJ),
    ('。[澄阳储能]是', 'company:changzhou-chengyang-energy-storage'),
    ('是[常州汇阳光能股份有限公司]的全资子公司', 'company:changzhou-huiyang-solar'),
    ('（三）[新材料]。', 'cluster:new-materials'),
    ('。[滨开区]以化工', BJ),
    ('以[化工新材料]和', 'cluster:chemical-new-materials'),
    ('和[高性能纤维]为主导方向', 'cluster:high-performance-fibers'),
    ('区内的[常州碳翼复合材料有限公司]大丝束', 'company:changzhou-tanyi-composites'),
    ('，[江苏澜海化学有限公司]的澜海', 'company:jiangsu-lanhai-chemical'),
    ('的[澜海高纯电子化学品二期项目]进入', 'project:lanhai-electronic-chemicals-phase2'),
    ('（四）[医疗器械]和', 'cluster:medical-devices'),
    ('和[生物医药]。', 'cluster:biomedicine'),
    ('。[常州康铂医疗科技有限公司]、', 'company:changzhou-kangbo-medical'),
    ('、[常州德诺生物科技有限公司]等', 'company:changzhou-denuo-biotech'),
    ('等[医疗器械]企业', 'cluster:medical-devices'),
    ('（五）[高端装备]。', 'cluster:high-end-equipment-manufacturing'),
    ('。[常州精驰数控机床有限公司]由', 'company:changzhou-jingchi-cnc'),
    ('由[江苏精驰装备集团有限公司]控股', 'company:jiangsu-jingchi-equipment-group'),
    ('新落户[高新区]，', Z),
    ('其[精驰年产800台五轴数控机床项目]已', 'project:jingchi-800-five-axis-cnc'),
    ('其中，[常州骏途汽车有限公司]、', 'company:changzhou-juntu-auto'),
    ('、[常州汇阳光能股份有限公司]、', 'company:changzhou-huiyang-solar'),
    ('、[江苏澜海化学有限公司]位列前三', 'company:jiangsu-lanhai-chemical'),
    ('一是[光伏产业链]价格', 'cluster:photovoltaics'),
    ('相比，[高新区]研发投入', Z),
    ('[高新区]将继续聚焦', Z),
    ('聚焦[新能源汽车]、', 'cluster:new-energy-vehicles'),
    ('、[新能源]和新材料三大', 'cluster:new-energy'),
    ('和[新材料]三大主导产业', 'cluster:new-materials'),
    ('支持[滨开区]建设', BJ),
    ('建设[化工新材料]中试基地', 'cluster:chemical-new-materials'),
]

# ---------------------------------------------------------------- f04 宜宾 (reply to a people's-congress deputy's suggestion)
Z = 'zone:yibin-sanjiang-new-area'; L = 'zone:yibin-lingang-etdz'
MENTIONS['f04_yibin.txt'] = [
    ('加快[三江新区]动力电池', Z),
    ('[动力电池产业链]本地配套的建议的答复', 'cluster:power-batteries'),
    ('《关于加快[三江新区]动力电池', Z),
    ('[动力电池产业链]本地配套的建议》', 'cluster:power-batteries'),
    ('。[宜宾三江新区]管理委员会高度重视', Z),
    ('[动力电池]是新区', 'cluster:power-batteries'),
    ('是[新区]的首位产业', Z),
    ('，[新区]已集聚', Z),
    ('集聚[动力电池产业链]上下游', 'cluster:power-batteries'),
    ('作为[动力电池产业链]链主', 'cluster:power-batteries'),
    ('，[宜宾锂途动力科技有限公司]（以下简称', 'company:yibin-litu-power'),
    ('简称“[锂途动力]”', 'company:yibin-litu-power'),
    ('是[锂途新能源股份有限公司]的全资子公司', 'company:litu-new-energy'),
    ('的[锂途宜宾动力电池基地]位于', 'project:litu-yibin-battery-base'),
    ('位于[新区]白沙湾', Z),
    ('，[新区]引进的', Z),
    ('的[四川凯骋新能源汽车有限公司]去年', 'company:sichuan-kaicheng-nev'),
    ('由[锂途动力]就近供应', 'company:yibin-litu-power'),
    ('[宜宾临港经济技术开发区]是新区的核心区', L),
    ('是[新区]的核心区', Z),
    ('。[四川川晶正极材料有限公司]、', 'company:sichuan-chuanjing-cathode'),
    ('、[宜宾岷源隔膜科技有限公司]等', 'company:yibin-minyuan-separator'),
    ('等[锂电材料]企业', 'cluster:lithium-battery-materials'),
    ('在[临港经开区]投产', L),
    ('供应商[宜宾翠屏新能电解液有限公司]则', 'company:yibin-cuiping-xinneng-electrolyte'),
    ('不在[新区]范围内', Z),
    ('，[锂途动力]所需', 'company:yibin-litu-power'),
    ('。[新区]把锂电材料', Z),
    ('把[锂电材料]和', 'cluster:lithium-battery-materials'),
    ('和[新能源汽车]作为延链方向', 'cluster:new-energy-vehicles'),
    ('由[四川川晶正极材料有限公司]投资建设', 'company:sichuan-chuanjing-cathode'),
    ('的[川晶年产10万吨磷酸铁锂正极材料项目]，', 'project:chuanjing-100kt-lfp-cathode'),
    ('选址[宜宾临港经济技术开发区]；', L),
    ('由[江西赣源铜业集团有限公司]与', 'company:jiangxi-ganyuan-copper-group'),
    ('与[锂途动力]合资组建', 'company:yibin-litu-power'),
    ('的[宜宾赣源锂电铜箔有限公司]，', 'company:yibin-ganyuan-copper-foil'),
    ('已在[新区]注册', Z),
    ('。[新区]组织链主企业', Z),
    ('，[锂途动力]与宜宾岷源', 'company:yibin-litu-power'),
    ('与[宜宾岷源隔膜科技有限公司]签订', 'company:yibin-minyuan-separator'),
    ('。[四川蜀循资源再生科技有限公司]（下称', 'company:sichuan-shuxun-recycling'),
    ('下称“[蜀循再生]”', 'company:sichuan-shuxun-recycling'),
    ('投资的[蜀循退役动力电池综合利用项目]已在', 'project:shuxun-battery-recycling'),
    ('。[新区]设立20亿元', Z),
    ('设立20亿元[动力电池产业]基金', 'cluster:power-batteries'),
    ('投资[宜宾赣源锂电铜箔有限公司]等6家', 'company:yibin-ganyuan-copper-foil'),
    ('；[锂途新能源股份有限公司]与', 'company:litu-new-energy'),
    ('与[宜宾岷江产融投资有限公司]签署', 'company:yibin-minjiang-industrial-finance'),
    ('以[临港经开区]为主要承载地', L),
    ('发展[锂电材料]、电池结构件', 'cluster:lithium-battery-materials'),
    ('支持[锂途动力]牵头', 'company:yibin-litu-power'),
    ('组建[动力电池产业]创新联合体', 'cluster:power-batteries'),
    ('保障[新区]内重点项目', Z),
    ('，[新区]与周边区县', Z),
    ('感谢您对[三江新区]建设', Z),
    ('联系人：[新区]经济发展局', Z),
    ('[宜宾三江新区]管理委员会\n2025', Z),
]

# ---------------------------------------------------------------- f05 株洲 (industry-chain map explainer)
Z = 'zone:zhuzhou-hitech'; TX = 'zone:tianxin-hitech-park'; DJ = 'zone:dongjiaduan-hitech-park'; HX = 'zone:hexi-demonstration-park'
RAIL = 'cluster:rail-transit-equipment'; AERO = 'cluster:small-aero-engines'
MENTIONS['f05_zhuzhou.txt'] = [
    ('[株洲高新区]两条', Z),
    ('编者按：[轨道交通装备]和', RAIL),
    ('和[中小航空发动机]是', AERO),
    ('是[株洲高新技术产业开发区]的两张', Z),
    ('【[轨道交通装备产业链]】', RAIL),
    ('链主：[株洲铁骥机车车辆有限公司]（简称', 'company:zhuzhou-tieji-locomotive'),
    ('简称“[铁骥机车]”', 'company:zhuzhou-tieji-locomotive'),
    ('是[铁骥轨道交通装备集团有限公司]旗下', 'company:tieji-rail-equipment-group'),
    ('位于[高新区]田心高科园', Z),
    ('[田心高科园]。\n', TX),
    ('。[株洲钨锋硬质合金有限公司]为转向架', 'company:zhuzhou-wufeng-cemented-carbide'),
    ('，[株洲湘韧橡胶减振制品有限公司]生产', 'company:zhuzhou-xiangren-rubber'),
    ('均位于[田心高科园]，', TX),
    ('。[株洲驰电变流技术有限公司]是国内', 'company:zhuzhou-chidian-converter'),
    ('母公司为[湖南驰电科技集团股份有限公司]；', 'company:hunan-chidian-tech-group'),
    ('；[株洲衡制制动系统有限公司]由', 'company:zhuzhou-hengzhi-braking'),
    ('由[铁骥机车]与', 'company:zhuzhou-tieji-locomotive'),
    ('与[德国赫尔德制动技术公司]合资', 'company:herder-brake-technik'),
    ('除[铁骥机车]外', 'company:zhuzhou-tieji-locomotive'),
    ('，[株洲铁骥检修服务有限公司]承担', 'company:zhuzhou-tieji-maintenance'),
    ('是[铁骥机车]的全资子公司', 'company:zhuzhou-tieji-locomotive'),
    ('今年初，[铁骥机车]与', 'company:zhuzhou-tieji-locomotive'),
    ('与[湖南驰电科技集团股份有限公司]签订', 'company:hunan-chidian-tech-group'),
    ('。[株洲驰电变流技术有限公司]、', 'company:zhuzhou-chidian-converter'),
    ('、[株洲衡制制动系统有限公司]都在', 'company:zhuzhou-hengzhi-braking'),
    ('都在[田心高科园]设有', TX),
    ('。[田心高科园]是高新区', TX),
    ('是[高新区]轨道交通装备产业', Z),
    ('[轨道交通装备产业]的核心承载区', RAIL),
    ('【[中小航空发动机产业链]】', AERO),
    ('链主：[株洲翔鹰航空动力有限公司]（下称', 'company:zhuzhou-xiangying-aero-power'),
    ('下称“[翔鹰动力]”', 'company:zhuzhou-xiangying-aero-power'),
    ('。[翔鹰动力]的涡轴', 'company:zhuzhou-xiangying-aero-power'),
    ('位于[董家塅高科园]，', DJ),
    ('是[高新区]中小航空发动机产业集群', Z),
    ('[中小航空发动机产业集群]的龙头', AERO),
    ('。[株洲钨锋硬质合金有限公司]也向', 'company:zhuzhou-wufeng-cemented-carbide'),
    ('；[株洲锻航精密铸造有限公司]专注', 'company:zhuzhou-duanhang-precision-casting'),
    ('。[湖南云枢航空控制技术有限公司]与', 'company:hunan-yunshu-aero-control'),
    ('与[翔鹰动力]签署了', 'company:zhuzhou-xiangying-aero-power'),
    ('与[株洲锻航精密铸造有限公司]组成联合体', 'company:zhuzhou-duanhang-precision-casting'),
    ('，[株洲翼联传动科技有限公司]主要生产', 'company:zhuzhou-yilian-transmission'),
    ('。[翔鹰动力]投资6.8亿元', 'company:zhuzhou-xiangying-aero-power'),
    ('建设的[翔鹰中小航空发动机试车台二期项目]，', 'project:xiangying-engine-test-bed-phase2'),
    ('图解点评：[董家塅高科园]位于', DJ),
    ('是[高新区]中小航空发动机产业的', Z),
    ('[中小航空发动机产业]的主要承载地', AERO),
    ('：[高新区]重点打造', Z),
    ('——[轨道交通装备]、', RAIL),
    ('、[中小航空发动机]\n', AERO),
    ('中，[株洲高新区]有7项', Z),
    ('其中[轨道交通装备产业]规模', RAIL),
    ('：[株洲高新区]下辖的', Z),
    ('——[田心高科园]（石峰区）', TX),
    ('、[董家塅高科园]（芦淞区）', DJ),
    ('和[河西示范园]（天元区）', HX),
]
UNCERTAIN_MENTIONS['f05_zhuzhou.txt'] = [
    ('[园区]内的配套企业', TX, _bare_park + 'the sub-park 田心高科园 (the subject of the sentence before)'),
]

# ---------------------------------------------------------------- f06 东莞松山湖 (listed company's outbound-investment announcement)
Z = 'zone:songshanhu-hitech'; CX = 'company:dongguan-chengxi-intelligent-equipment'; CXR = 'company:dongguan-chengxi-robotics'
PJ = 'project:chengxi-joint-module-base'
MENTIONS['f06_dongguan.txt'] = [
    ('[东莞澄曦智能装备股份有限公司]关于在', CX),
    ('在[松山湖]设立', Z),
    ('证券简称：[澄曦智能]', CX),
    ('拟在[东莞松山湖高新技术产业开发区]（以下简称', Z),
    ('简称“[松山湖高新区]”', Z),
    ('全资子公司[东莞澄曦机器人科技有限公司]（暂定名', CXR),
    ('简称“[澄曦机器人]”', CXR),
    ('并由[澄曦机器人]投资建设', CXR),
    ('投资建设[澄曦机器人关节模组智能制造基地项目]（', PJ),
    ('\n[东莞澄曦智能装备股份有限公司]（下称', CX),
    ('与[东莞松山湖高新技术产业开发区]管理委员会', Z),
    ('公司名称：[东莞澄曦机器人科技有限公司]', CXR),
    ('东莞市[松山湖高新区]工业西路', Z),
    ('项目名称：[澄曦机器人关节模组智能制造基地项目]', PJ),
    ('实施主体：[澄曦机器人]', CXR),
    ('建设地点：[松山湖高新区]北部', Z),
    ('拟与[深圳衡岳微电子有限公司]共同出资', 'company:shenzhen-hengyue-microelectronics'),
    ('设立[东莞曦岳芯控技术有限公司]，', 'company:dongguan-xiyue-motion-control'),
    ('将入驻[松山湖高新区]，', Z),
    ('\n[松山湖高新区]是国家级', Z),
    ('发展[新一代信息技术]、', 'cluster:new-generation-it'),
    ('、[生物医药]和智能装备', 'cluster:biomedicine'),
    ('和[智能装备]，', 'cluster:intelligent-equipment'),
    ('的[机器人产业链]。', 'cluster:robotics'),
    ('聚集了[东莞擎岳机器人有限公司]、', 'company:dongguan-qingyue-robotics'),
    ('、[广东宏翼智能科技有限公司]等', 'company:guangdong-hongyi-intelligent'),
    ('与[东莞擎岳机器人有限公司]签署', 'company:dongguan-qingyue-robotics'),
    ('。[高新区]将在用地', Z),
    ('深耕[机器人产业链]核心零部件', 'cluster:robotics'),
    ('在[人形机器人]等新兴', 'cluster:humanoid-robots'),
    ('为[东莞澄曦控股有限公司]，', 'company:dongguan-chengxi-holding'),
    ('[东莞澄曦智能装备股份有限公司]\n董事会', CX),
]
UNCERTAIN_MENTIONS['f06_dongguan.txt'] = [
    ('与[松山湖]材料实验室', Z, 'the place name 松山湖 inside an institute\'s name (松山湖材料实验室, an organization in the dictionary); '
                          'the seeds count zone names inside organization names, but here the name is the lake/place, not the zone\'s short form'),
]

# ---------------------------------------------------------------- f07 石家庄 (research-report excerpt on the city's zones)
H = 'zone:shijiazhuang-hitech'; P = 'zone:shijiazhuang-intl-biomedical-park'; E_ = 'zone:shijiazhuang-etdz'; LQ = 'zone:luquan-edz'
JH = 'company:jiheng-pharma-group'; KZ = 'company:shijiazhuang-kangze-biotech'; RS = 'company:hebei-jinan-runsheng-pharma'; SF = 'company:hebei-suifeng-pharma-packaging'
MENTIONS['f07_shijiazhuang.txt'] = [
    ('全市开发区[生物医药产业]发展情况', 'cluster:biomedicine'),
    ('先后赴[石家庄高新技术产业开发区]、', H),
    ('、[石家庄经济技术开发区]和', E_),
    ('和[鹿泉经济开发区]，', LQ),
    ('[生物医药]是全市的首位产业', 'cluster:biomedicine'),
    ('。[石家庄高新区]以生物医药', H),
    ('以[生物医药]为主导产业', 'cluster:biomedicine'),
    ('区内的[石家庄国际生物医药园]规划', P),
    ('。[冀衡药业集团股份有限公司]（下称', JH),
    ('下称“[冀衡药业]”', JH),
    ('、[石家庄康泽生物技术有限公司]等', KZ),
    ('等[创新药]企业', 'cluster:innovative-drugs'),
    ('。[石家庄经济技术开发区]地处', E_),
    ('发展[原料药]和现代中药', 'cluster:apis'),
    ('和[现代中药]，', 'cluster:modern-tcm'),
    ('，[冀南润晟制药有限公司]是该区', RS),
    ('该区[原料药]企业', 'cluster:apis'),
    ('。[鹿泉经济开发区]则聚焦', LQ),
    ('聚焦[新一代电子信息产业]，', 'cluster:electronic-information'),
    ('与[生物医药]的关联度', 'cluster:biomedicine'),
    ('全市开发区[生物医药]领域', 'cluster:biomedicine'),
    ('，[冀衡药业]旗下的', JH),
    ('旗下的[石家庄冀衡生物制药有限公司]投资', 'company:shijiazhuang-jiheng-biopharma'),
    ('建设的[冀衡抗体药物产业化基地二期]已在', 'project:jiheng-antibody-base-phase2'),
    ('已在[国际生物医药园]开工', P),
    ('；[冀南润晟制药有限公司]在经开区', RS),
    ('在[经开区]建设的润晟', E_),
    ('的[润晟绿色原料药技改项目]预计', 'project:runsheng-green-api-upgrade'),
    ('，[高新区]和经开区曾', H),
    ('和[经开区]曾同时', E_),
    ('目前[高新区]对外开放', H),
    ('只有[冀衡药业]建设的', JH),
    ('建设的[冀衡生物药中试公共服务平台]，', 'project:jiheng-biologics-pilot-platform'),
    ('。[石家庄康泽生物技术有限公司]是冀衡药业', KZ),
    ('是[冀衡药业]的参股企业', JH),
    ('以[高新区]为例', H),
    ('。[河北穗丰药用包装有限公司]是少数', SF),
    ('供应[冀衡药业]，', JH),
    ('与[石家庄康泽生物技术有限公司]共建', KZ),
    ('建议[高新区]聚焦', H),
    ('，[经开区]重点发展', E_),
    ('发展[原料药]绿色化', 'cluster:apis'),
    ('和[现代中药]，错位', 'cluster:modern-tcm'),
    ('由[冀衡药业]牵头', JH),
    ('联合[石家庄康泽生物技术有限公司]和', KZ),
    ('在[国际生物医药园]内建设', P),
    ('支持[河北穗丰药用包装有限公司]扩产', SF),
    ('引导[冀衡药业]与其', JH),
    ('在[高新区]设立药品', H),
    ('借鉴[苏州工业园区]等', 'zone:suzhou-industrial-park'),
]
UNCERTAIN_MENTIONS['f07_shijiazhuang.txt'] = [
    ('[园区]内缺少', H, _bare_park + 'the zone (the paragraph takes 高新区 as its example) or the biomedical park'),
]

# ---------------------------------------------------------------- f08 哈尔滨 (groundbreaking / commissioning ceremony, 【背景】, 【评论】)
N = 'zone:harbin-new-area'; SZ = 'zone:shenzhen-harbin-industrial-park'; HE = 'zone:harbin-etdz'
MENTIONS['f08_harbin.txt'] = [
    ('[哈尔滨新区]二季度', N),
    ('，[哈尔滨新区]2025年', N),
    ('在[深圳（哈尔滨）产业园区]主会场', SZ),
    ('，[哈尔滨经济技术开发区]设分会场', HE),
    ('的[冰岚寒地数据中心一期]工地', 'project:binglan-cold-region-dc-phase1'),
    ('由[黑龙江冰岚数据科技有限公司]投资建设', 'company:heilongjiang-binglan-data'),
    ('。[冰岚数据]总经理', 'company:heilongjiang-binglan-data'),
    ('“[哈尔滨新区]的气候', N),
    ('[新区]管委会主任', N),
    ('，[新区]将坚持', N),
    ('以[数字经济]、', 'cluster:digital-economy'),
    ('、[生物经济]和', 'cluster:bioeconomy'),
    ('和[冰雪经济]为主攻方向', 'cluster:ice-snow-economy'),
    ('做强[高端装备]和', 'cluster:high-end-equipment-manufacturing'),
    ('和[新材料产业]，', 'cluster:new-materials'),
    ('推动[新区]高质量发展', N),
    ('下半年[新区]还将', N),
    ('[深哈产业园]内，由', SZ),
    ('由[深圳市瀚诺电子股份有限公司]全资设立', 'company:shenzhen-hannuo-electronics'),
    ('的[哈尔滨瀚诺智能科技有限公司]同日', 'company:harbin-hannuo-intelligent'),
    ('建设[瀚诺寒区智能传感器产业化项目]。', 'project:hannuo-smart-sensor-project'),
    ('。[瀚诺电子]董事长', 'company:shenzhen-hannuo-electronics'),
    ('同在[深哈产业园]开工', SZ),
    ('还有[哈尔滨极光智造科技有限公司]的', 'company:harbin-jiguang-zhizao'),
    ('的[极光机器视觉检测装备项目]。', 'project:jiguang-machine-vision-equipment'),
    ('。[极光智造]是', 'company:harbin-jiguang-zhizao'),
    ('是[深圳极光视觉股份有限公司]在哈尔滨', 'company:shenzhen-jiguang-vision'),
    ('入驻[深哈产业园]后', SZ),
    ('与[哈尔滨星衡精密机械有限公司]建立', 'company:harbin-xingheng-precision'),
    ('设在[哈经开区]。', HE),
    ('。[哈尔滨鸿翎航空复合材料有限公司]（简称', 'company:harbin-hongling-aero-composites'),
    ('简称“[鸿翎复材]”', 'company:harbin-hongling-aero-composites'),
    ('位于[哈经开区]的', HE),
    ('的[鸿翎航空复材构件生产线]当天', 'project:hongling-aero-composite-line'),
    ('供应[哈尔滨翱翔通用飞机有限公司]。', 'company:harbin-aoxiang-general-aircraft'),
    ('。[鸿翎复材]是', 'company:harbin-hongling-aero-composites'),
    ('是[龙江航空工业集团有限公司]的控股子公司', 'company:longjiang-aviation-industry-group'),
    ('与[德国卡尔森复合材料公司]签署', 'company:carlsen-composites'),
    ('。[哈经开区]负责人', HE),
    ('，[经开区]已把', HE),
    ('把[航空航天]作为首位产业', 'cluster:aerospace'),
    ('集聚了[哈尔滨翱翔通用飞机有限公司]、', 'company:harbin-aoxiang-general-aircraft'),
    ('、[哈尔滨星衡精密机械有限公司]等', 'company:harbin-xingheng-precision'),
    ('等[航空航天]配套企业', 'cluster:aerospace'),
    ('，[黑龙江松禾生物科技有限公司]在经开区', 'company:heilongjiang-songhe-biotech'),
    ('在[经开区]建设的松禾', HE),
    ('的[松禾寒地大豆蛋白生物制造项目]也', 'project:songhe-soy-protein-biomanufacturing'),
    ('今年上半年[哈经开区]新开工', HE),
    ('【背景】[哈尔滨新区]于2015年', N),
    ('。[深圳（哈尔滨）产业园区]位于新区', SZ),
    ('位于[新区]江北', N),
    ('。[哈尔滨经济技术开发区]位于平房区', HE),
    ('是全省[装备制造]企业', 'cluster:equipment-manufacturing'),
    ('从[冰岚数据]“选择这里”', 'company:heilongjiang-binglan-data'),
    ('到[瀚诺电子]把研发中心', 'company:shenzhen-hannuo-electronics'),
    ('；[新区]要做的', N),
]
UNCERTAIN_MENTIONS['f08_harbin.txt'] = [
    ('[园区]要做的', SZ, _bare_park + 'parks in general or the host park 深哈产业园 (a commentary sentence paired with 新区要做的)'),
]

# ---------------------------------------------------------------- relations
RELATIONS = []
UNCERTAIN_RELATIONS = []
def R(h, r, t, f, ev, scope): RELATIONS.append((h, r, t, f, ev, scope))
def U(h, r, t, f, ev, note): UNCERTAIN_RELATIONS.append((h, r, t, f, ev, note))
C = lambda s: 'company:' + s
P_ = lambda s: 'project:' + s
K_ = lambda s: 'cluster:' + s
_entry = 'entry fields (项目名称 … 建设单位 / 建设地点 / 建设单位概况: the fields of a numbered entry are clauses of its project or its 建设单位)'
_list = 'entry fields (numbered list item: 项目 … 投资方：A; the investor owns the project)'
_supply = 'supply, not partnership (as dev2, dev3 and dev4)'
_only_project = 'only the firm\'s project is placed in the zone (heldout convention: the firm\'s own located_in is uncertain)'
_transitive = 'transitive: the item is placed in the sub-park / sub-zone, not in the zone itself'
_org = 'partner is an organization (university or institute), as the held-out set'
_section = 'paragraph (chain section: the heading 【X产业链】 and the 上游/中游/下游 line name the chain the firm belongs to)'

# ---- f01 芜湖经开区 (EIA acceptance notice)
f = 'f01_wuhu.txt'; Z = 'zone:wuhu-etdz'
s = ['新能源汽车、智能家电和新材料是芜湖经济技术开发区的三大主导产业']
for c in ('new-energy-vehicles', 'smart-home-appliances', 'new-materials'):
    R(Z, 'focuses_on', K_(c), f, s, 'clause (X、Y和W是Z的三大主导产业)')
for c, p_, name, unit in (('wuhu-chiyuan-auto-parts', 'chiyuan-die-cast-body-parts', '一、项目名称：驰远一体化压铸车身结构件项目', '建设单位：芜湖驰远汽车零部件有限公司'),
                          ('wuhu-lanting-electric', 'lanting-2m-compressor-expansion', '二、项目名称：澜庭年产200万台变频压缩机扩建项目', '建设单位：芜湖澜庭电器有限公司'),
                          ('wuhu-guiyue-new-materials', 'guiyue-quartz-phase1', '三、项目名称：硅岳电子级高纯石英材料项目一期', '建设单位：芜湖硅岳新材料有限公司')):
    R(C(c), 'owns', P_(p_), f, [name, unit], _entry + ': 建设单位')
R(P_('chiyuan-die-cast-body-parts'), 'located_in', Z, f, ['建设地点：芜湖经开区龙山街道凤鸣湖北路以东'], _entry + ': 建设地点 (龙山街道 is a street)')
R(P_('lanting-2m-compressor-expansion'), 'located_in', Z, f, ['建设地点：芜湖经开区万春街道银湖北路88号'], _entry + ': 建设地点')
U(P_('guiyue-quartz-phase1'), 'located_in', Z, f, ['建设地点：鸠江区沈巷镇港湾路西侧'], 'the 建设地点 names only a district and a town (鸠江区沈巷镇); the text does not place the site in the zone')
R(C('wuhu-chiyuan-auto-parts'), 'subsidiary_of', C('jiangsu-chiyuan-precision-group'), f, ['建设单位概况：由江苏驰远精密制造集团有限公司全资设立'], _entry + ': 建设单位概况 (由A全资设立: the field label stands for the 建设单位)')
R(C('wuhu-chiyuan-auto-parts'), 'located_in', Z, f, ['2023年8月注册于经开区'], _entry + ': 建设单位概况 (…注册于Z: the firm is registered in the zone)')
R(C('wuhu-chiyuan-auto-parts'), 'partners_with', C('wuhu-xiaoqi-auto'), f, ['与芜湖骁骐汽车有限公司签有五年期压铸件供货协议'], 'clause (a signed multi-year 供货协议 is gold, as dev2 d01, dev3 and dev4)')
R(C('wuhu-lanting-electric'), 'subsidiary_of', C('lanting-electric-group'), f, ['建设单位概况：澜庭电器集团股份有限公司（下称“澜庭集团”）的控股子公司'], _entry + ': 建设单位概况 (A的控股子公司)')
s = ['建设单位概况：由浙江硅岳科技股份有限公司与芜湖市产业投资基金有限公司合资设立，浙江硅岳科技股份有限公司控股']
R(C('wuhu-guiyue-new-materials'), 'subsidiary_of', C('zhejiang-guiyue-tech'), f, s, _entry + ': 建设单位概况 (由A与B合资设立，A控股: control stated; also 母公司浙江硅岳 later)')
R(C('zhejiang-guiyue-tech'), 'partners_with', C('wuhu-industrial-investment-fund'), f, s, 'clause (A与B合资设立: joint venture, as dev2)')
U(C('wuhu-guiyue-new-materials'), 'subsidiary_of', C('wuhu-industrial-investment-fund'), f, s, 'minority joint-venture parent (浙江硅岳…控股): not a parent in control')
s = ['芜湖骁骐汽车有限公司是经开区新能源汽车产业集群的整车龙头']
R(C('wuhu-xiaoqi-auto'), 'member_of', K_('new-energy-vehicles'), f, s, 'clause (A是Z X产业集群的整车龙头)')
R(C('wuhu-xiaoqi-auto'), 'located_in', Z, f, s, 'clause (A是Z X产业集群的…龙头, as dev3 `Z整车企业A`)')
s = ['芜湖澜庭是开发区智能家电产业链上的核心配套企业']
R(C('wuhu-lanting-electric'), 'member_of', K_('smart-home-appliances'), f, s, 'clause (A是Z X产业链上的核心配套企业)')
R(C('wuhu-lanting-electric'), 'located_in', Z, f, s, 'clause (A是Z X产业链上的…企业; bare 开发区 = the article\'s zone)')
R(C('wuhu-kailemei-air-conditioning'), 'located_in', Z, f, ['其压缩机主要供应同在经开区的芜湖凯乐美空调有限公司'], 'clause (同在Z的B: presupposition places B, as dev2 d06)')
U(C('wuhu-lanting-electric'), 'partners_with', C('wuhu-kailemei-air-conditioning'), f, ['其压缩机主要供应同在经开区的芜湖凯乐美空调有限公司'], _supply + ' (主要供应B)')
R(C('jiangsu-chiyuan-precision-group'), 'member_of', K_('auto-parts'), f, ['江苏驰远精密制造集团有限公司是国内汽车零部件行业较早布局一体化压铸的企业'], 'clause (A是国内X行业…的企业)')
U(C('jiangsu-chiyuan-precision-group'), 'owns', P_('chiyuan-die-cast-body-parts'), f, ['芜湖的项目是它的第三个生产基地'], 'the group counts the Wuhu project as its own base, but the project is its subsidiary\'s (建设单位 芜湖驰远); 芜湖的项目 is not named')
U(C('wuhu-guiyue-new-materials'), 'partners_with', 'org:anhui-polytechnic-university', f, ['项目投产后还将与安徽工程大学共建石英材料联合实验室'], _org + '; planned (还将)')
U(C('wuhu-guiyue-new-materials'), 'located_in', Z, f, ['建设地点：鸠江区沈巷镇港湾路西侧'], _only_project + '; and the site itself is not placed in the zone')
U(C('wuhu-guiyue-new-materials'), 'member_of', K_('new-materials'), f, ['建设单位：芜湖硅岳新材料有限公司'], 'industry only inside the firm\'s name (新材料); its line is 高纯石英砂')
U(C('wuhu-lanting-electric'), 'partners_with', C('anhui-lanhe-environmental-tech'), f, [('环评文件编制单位：安徽蓝禾环境科技有限公司', 1)], 'EIA consultant (环评文件编制单位): a service contractor, not a partnership')
U(C('wuhu-chiyuan-auto-parts'), 'partners_with', C('anhui-lanhe-environmental-tech'), f, ['一、项目名称：驰远一体化压铸车身结构件项目', '环评文件编制单位：安徽蓝禾环境科技有限公司'], 'EIA consultant (环评文件编制单位): a service contractor, not a partnership')
U(C('wuhu-guiyue-new-materials'), 'partners_with', C('hefei-qingheng-environmental-engineering'), f, ['环评文件编制单位：合肥清衡环保工程有限公司'], 'EIA consultant (环评文件编制单位): a service contractor, not a partnership')

# ---- f02 烟台开发区 (signing ceremony with a numbered project list)
f = 'f02_yantai.txt'; Z = 'zone:yantai-etdz'; B = 'zone:yantai-comprehensive-bonded-zone'
R(Z, 'focuses_on', K_('new-energy-vehicles'), f, ['开发区始终把新能源汽车作为首位产业'], 'clause (the zone director\'s speech: Z把X作为首位产业)')
s = ['同时重点培育氢能、生物医药和海洋装备三条新兴产业链']
for c in ('hydrogen', 'biomedicine', 'marine-equipment'):
    R(Z, 'focuses_on', K_(c), f, s, 'clause (…，同时重点培育X、Y和W三条新兴产业链; subject 开发区)')
items = (('1．辰宇新能源汽车热管理系统产业化项目', 'chenyu-nev-thermal-management', ['chenyu-thermal-systems-yantai'], '投资方：辰宇汽车热系统（烟台）有限公司'),
         ('2．海屿年产5000套氢燃料电池系统项目', 'haiyu-5000-fuel-cell-systems', ['yantai-haiyu-hydrogen'], '投资方：烟台海屿氢能科技有限公司'),
         ('3．泓岚小分子创新药中试及产业化基地', 'honglan-small-molecule-pilot-base', ['shandong-honglan-pharma-group'], '投资方：山东泓岚医药集团有限公司'),
         ('4．远澜深远海养殖工船配套装备项目', 'yuanlan-aquaculture-vessel-equipment', ['yantai-yuanlan-marine-equipment', 'beixia-maritime-group'], '投资方：烟台远澜海洋装备有限公司、挪威北峡海事集团（合资）'),
         ('5．恒舸跨境电商保税分拨中心', 'henge-bonded-distribution-center', ['yantai-henge-logistics'], '投资方：烟台恒舸国际物流有限公司'),
         ('6．芯朗车规级传感器封测项目', 'xinlang-auto-sensor-packaging', ['xinlang-microelectronics-shanghai'], '投资方：芯朗微电子（上海）股份有限公司'))
for head, p_, cs, inv in items:
    for c in cs:
        R(C(c), 'owns', P_(p_), f, [head, inv], _list + (' (two investors of a joint venture)' if len(cs) > 1 else ''))
    if p_ != 'henge-bonded-distribution-center':
        R(P_(p_), 'located_in', Z, f, ['签约项目清单（部分，均落户烟台开发区）', head], 'paragraph (list heading: 签约项目清单（…均落户Z）places every listed project, as dev2 project paragraphs)')
R(P_('henge-bonded-distribution-center'), 'located_in', B, f, ['建设地点：烟台综合保税区'], _list + ': 建设地点 (the sub-zone)')
U(P_('henge-bonded-distribution-center'), 'located_in', Z, f, ['签约项目清单（部分，均落户烟台开发区）', '建设地点：烟台综合保税区'], 'the list heading places it in 开发区, but the item itself names the sub-zone (as dev2: a project the paragraph places in a sub-park is uncertain for the zone)')
R(C('yantai-xinlang-tech'), 'owns', P_('xinlang-auto-sensor-packaging'), f, ['由其全资子公司烟台芯朗科技有限公司负责建设'], 'clause (由B负责建设: the builder owns, as heldout)')
R(C('yantai-xinlang-tech'), 'subsidiary_of', C('xinlang-microelectronics-shanghai'), f, ['由其全资子公司烟台芯朗科技有限公司负责建设'], 'clause (其全资子公司B; 其 = the investor of the item)')
R(C('yantai-yuanlan-marine-equipment'), 'partners_with', C('beixia-maritime-group'), f, ['投资方：烟台远澜海洋装备有限公司、挪威北峡海事集团（合资）'], _list + ' (A、B（合资）: joint venture partners; also 远澜海洋装备与挪威北峡海事集团的合资项目)')
R(C('chenyu-thermal-systems-yantai'), 'subsidiary_of', C('chenyu-holding-group'), f, ['辰宇汽车热系统（烟台）有限公司（简称“辰宇热系统”）是辰宇控股集团有限公司旗下企业'], 'clause (B是A旗下企业)')
U(C('chenyu-thermal-systems-yantai'), 'partners_with', C('yantai-shunchi-auto'), f, ['项目投产后将为区内整车企业烟台舜驰汽车有限公司配套热泵总成'], _supply + ' (为A配套)')
R(C('yantai-shunchi-auto'), 'located_in', Z, f, ['开发区新能源汽车产业集群规模突破千亿元，区内整车企业烟台舜驰汽车有限公司年产能达到40万辆'], 'clause (区内整车企业A: 区内 = 开发区, the subject of the clause before; also 区内整车企业 in the investor\'s speech)')
U(C('yantai-shunchi-auto'), 'member_of', K_('new-energy-vehicles'), f, ['开发区新能源汽车产业集群规模突破千亿元，区内整车企业烟台舜驰汽车有限公司年产能达到40万辆'], '整车企业 names no cluster word; the cluster is the subject of the clause before')
R(C('yantai-haiyu-hydrogen'), 'located_in', Z, f, ['公司去年已在开发区建成一条燃料电池电堆中试线'], 'sentence (公司 = 海屿氢能, the subject of the sentence: A在Z建成…中试线; the line is unnamed, so the firm carries the placement, as dev4 e06)')
R(C('yantai-haiyu-hydrogen'), 'partners_with', C('yantai-shunchi-auto'), f, ['海屿氢能还和烟台舜驰汽车有限公司签下战略合作协议'], 'clause (A和B签下战略合作协议)')
U(Z, 'focuses_on', K_('ship-supporting'), f, ['看中的是烟台港和开发区的船舶配套基础'], 'an investor\'s view of the zone\'s existing base (船舶配套基础): not a stated target')
U(C('beixia-maritime-group'), 'located_in', Z, f, ['远澜海洋装备与挪威北峡海事集团的合资项目是本批唯一的外资海工项目'], 'the foreign partner invests in the zone through a joint venture; not placed itself')
R(B, 'located_in', Z, f, ['开发区下辖的烟台综合保税区'], 'clause (Z下辖的sub-zone; also 综保区是开发区对外开放的重要平台)')
s = ['综保区是开发区对外开放的重要平台，目前已集聚跨境电商企业40余家，烟台瀚洋供应链管理有限公司、烟台鲁通报关服务有限公司均在其中']
for c in ('yantai-hanyang-supply-chain', 'yantai-lutong-customs-services'):
    R(C(c), 'located_in', B, f, s, 'sentence (sub-zone…已集聚X企业…，A、B均在其中)')
    R(C(c), 'member_of', K_('cross-border-ecommerce'), f, s, 'sentence (已集聚X企业40余家，A、B均在其中, as dev4 e02 均在其列)')
U(C('yantai-henge-logistics'), 'located_in', B, f, ['恒舸国际物流的分拨中心将建在综保区内'], _only_project)
U(C('yantai-henge-logistics'), 'member_of', K_('cross-border-ecommerce'), f, ['5．恒舸跨境电商保税分拨中心'], 'industry only inside the project name')
s = ['生物医药产业则以山东泓岚医药集团有限公司、烟台绿邦生物制药有限公司为骨干']
for c in ('shandong-honglan-pharma-group', 'yantai-lvbang-biopharma'):
    R(C(c), 'member_of', K_('biomedicine'), f, s, 'clause (X产业以A、B为骨干)')
    U(C(c), 'located_in', Z, f, s, 'the zone\'s industry (近年来，开发区…；生物医药产业则以A、B为骨干): placement implied, not stated')
U(C('yantai-haiyu-hydrogen'), 'member_of', K_('hydrogen'), f, ['投资方：烟台海屿氢能科技有限公司'], 'industry only inside the firm\'s name (氢能)')
U(C('chenyu-holding-group'), 'owns', P_('chenyu-nev-thermal-management'), f, ['辰宇汽车热系统（烟台）有限公司（简称“辰宇热系统”）是辰宇控股集团有限公司旗下企业'], 'the parent of the investor (旗下企业); ownership through the subsidiary is inference')

# ---- f03 常州高新区 (quarterly economic-performance analysis)
f = 'f03_changzhou.txt'; Z = 'zone:changzhou-hitech'; BJ = 'zone:changzhou-binjiang-edz'
R(BJ, 'located_in', Z, f, ['高新区下辖的常州滨江经济开发区'], 'clause (Z下辖的sub-zone)')
R(C('changzhou-juntu-auto'), 'subsidiary_of', C('juntu-auto-group'), f, ['骏途汽车集团股份有限公司旗下的常州骏途汽车有限公司'], 'clause (A旗下的B)')
U(C('changzhou-juntu-auto'), 'member_of', K_('new-energy-vehicles'), f, ['（一）新能源汽车及核心零部件', '整车方面，骏途汽车集团股份有限公司旗下的常州骏途汽车有限公司'], 'membership by section heading only (整车方面 under （一）新能源汽车…); no cluster word for the firm')
s = ['常州恒旭电驱科技有限公司、常州安拓汽车电子有限公司等汽车电子企业订单饱满']
for c in ('changzhou-hengxu-edrive', 'changzhou-antuo-auto-electronics'):
    R(C(c), 'member_of', K_('automotive-electronics'), f, s, 'clause (A、B等X企业)')
    U(C(c), 'located_in', Z, f, s, 'the zone\'s statistics report lists the firm under an industry section; no placement stated')
R(C('changzhou-hengxu-edrive'), 'partners_with', C('changzhou-juntu-auto'), f, ['常州恒旭电驱科技有限公司已与常州骏途汽车有限公司签订三年期战略合作协议'], 'clause (A已与B签订…战略合作协议)')
R(C('changzhou-chengyang-energy-storage'), 'owns', P_('chengyang-10gwh-storage-phase1'), f, ['常州澄阳储能科技有限公司（下称“澄阳储能”）投资25亿元的澄阳10GWh储能电池项目一期'], 'clause (A投资N亿元的B)')
R(P_('chengyang-10gwh-storage-phase1'), 'located_in', BJ, f, ['澄阳10GWh储能电池项目一期于2月在滨开区开工'], 'clause (B…在sub-zone开工)')
R(P_('chengyang-10gwh-storage-phase1'), 'located_in', Z, f, ['是本季度全区投资额最大的新开工项目'], 'clause (B…是本季度全区投资额最大的新开工项目: 全区 = 高新区, the report\'s zone; the zone itself places it, as seed 002 `全区新签约…包括`)')
U(C('changzhou-chengyang-energy-storage'), 'located_in', BJ, f, ['澄阳10GWh储能电池项目一期于2月在滨开区开工'], _only_project)
R(C('changzhou-chengyang-energy-storage'), 'subsidiary_of', C('changzhou-huiyang-solar'), f, ['澄阳储能是常州汇阳光能股份有限公司的全资子公司'], 'clause (B是A的全资子公司)')
s = ['滨开区以化工新材料和高性能纤维为主导方向']
for c in ('chemical-new-materials', 'high-performance-fibers'):
    R(BJ, 'focuses_on', K_(c), f, s, 'clause (sub-zone以X和Y为主导方向; a sub-zone is a zone, as dev4 南海园)')
R(C('changzhou-tanyi-composites'), 'located_in', BJ, f, ['区内的常州碳翼复合材料有限公司大丝束碳纤维产量同比翻番'], 'sentence (区内 = 滨开区, the subject of the clause before)')
U(C('changzhou-tanyi-composites'), 'member_of', K_('high-performance-fibers'), f, ['区内的常州碳翼复合材料有限公司大丝束碳纤维产量同比翻番'], 'line of business (大丝束碳纤维), not stated as membership')
R(C('jiangsu-lanhai-chemical'), 'owns', P_('lanhai-electronic-chemicals-phase2'), f, ['江苏澜海化学有限公司的澜海高纯电子化学品二期项目'], 'clause (A的B)')
U(P_('lanhai-electronic-chemicals-phase2'), 'located_in', BJ, f, ['区内的常州碳翼复合材料有限公司大丝束碳纤维产量同比翻番，江苏澜海化学有限公司的澜海高纯电子化学品二期项目进入设备调试阶段'], '区内 scopes the first clause; the second clause (A的B) may or may not share it')
U(C('jiangsu-lanhai-chemical'), 'located_in', BJ, f, ['区内的常州碳翼复合材料有限公司大丝束碳纤维产量同比翻番，江苏澜海化学有限公司的'], '区内 scopes the first clause only (the firm is placed in the zone by 全区…前三 instead)')
s = ['常州康铂医疗科技有限公司、常州德诺生物科技有限公司等医疗器械企业']
for c in ('changzhou-kangbo-medical', 'changzhou-denuo-biotech'):
    R(C(c), 'member_of', K_('medical-devices'), f, s, 'clause (A、B等X企业)')
    U(C(c), 'located_in', Z, f, s, 'the zone\'s statistics report lists the firm under an industry section; no placement stated')
R(C('changzhou-jingchi-cnc'), 'subsidiary_of', C('jiangsu-jingchi-equipment-group'), f, ['常州精驰数控机床有限公司由江苏精驰装备集团有限公司控股'], 'clause (B由A控股: control stated)')
R(C('changzhou-jingchi-cnc'), 'located_in', Z, f, ['今年1月新落户高新区'], 'clause (A…新落户Z)')
R(C('changzhou-jingchi-cnc'), 'owns', P_('jingchi-800-five-axis-cnc'), f, ['其精驰年产800台五轴数控机床项目已完成主体施工'], 'clause (其B; 其 = 常州精驰, the subject of the sentence)')
U(P_('jingchi-800-five-axis-cnc'), 'located_in', Z, f, ['今年1月新落户高新区，其精驰年产800台五轴数控机床项目已完成主体施工'], 'the firm is placed, the project only implied (its project, after 新落户高新区)')
U(C('changzhou-jingchi-cnc'), 'member_of', K_('high-end-equipment-manufacturing'), f, ['（五）高端装备。', '常州精驰数控机床有限公司由江苏精驰装备集团有限公司控股'], 'membership by section heading only')
s = ['一季度全区产值超10亿元的工业企业有23家', '其中，常州骏途汽车有限公司、常州汇阳光能股份有限公司、江苏澜海化学有限公司位列前三']
for c in ('changzhou-juntu-auto', 'changzhou-huiyang-solar', 'jiangsu-lanhai-chemical'):
    R(C(c), 'located_in', Z, f, s, 'paragraph (全区…工业企业有23家…其中A、B、C位列前三: 全区 = 高新区, as seed 002)')
s = ['高新区将继续聚焦新能源汽车、新能源和新材料三大主导产业']
for c in ('new-energy-vehicles', 'new-energy', 'new-materials'):
    R(Z, 'focuses_on', K_(c), f, s, 'clause (Z将继续聚焦X、Y和W三大主导产业)')
for c, ev in (('photovoltaics', '（二）光伏与新型储能。'), ('energy-storage', '（二）光伏与新型储能。'), ('automotive-electronics', '等汽车电子企业订单饱满'),
              ('medical-devices', '（四）医疗器械和生物医药。'), ('biomedicine', '（四）医疗器械和生物医药。'), ('high-end-equipment-manufacturing', '（五）高端装备。')):
    U(Z, 'focuses_on', K_(c), f, [ev], 'an industry section of the zone\'s statistics report (output figures, no target verb): the zone has the industry, but does not state it as a target')
U(C('changzhou-huiyang-solar'), 'member_of', K_('photovoltaics'), f, ['澄阳储能是常州汇阳光能股份有限公司的全资子公司'], 'a solar firm by its name (光能) in the 光伏与新型储能 section; not stated')

# ---- f04 宜宾三江新区 (reply to a deputy's suggestion)
f = 'f04_yibin.txt'; Z = 'zone:yibin-sanjiang-new-area'; L = 'zone:yibin-lingang-etdz'
R(Z, 'focuses_on', K_('power-batteries'), f, ['动力电池是新区的首位产业'], 'clause (X是Z的首位产业)')
R(C('yibin-litu-power'), 'member_of', K_('power-batteries'), f, ['作为动力电池产业链链主，宜宾锂途动力科技有限公司'], 'clause (作为X产业链链主，A)')
R(C('yibin-litu-power'), 'subsidiary_of', C('litu-new-energy'), f, ['宜宾锂途动力科技有限公司（以下简称“锂途动力”）是锂途新能源股份有限公司的全资子公司'], 'clause (B是A的全资子公司)')
R(C('yibin-litu-power'), 'owns', P_('litu-yibin-battery-base'), f, ['其投资建设的锂途宜宾动力电池基地'], 'clause (其投资建设的B; 其 = 锂途动力)')
R(P_('litu-yibin-battery-base'), 'located_in', Z, f, ['锂途宜宾动力电池基地位于新区白沙湾街道'], 'clause (B位于Z白沙湾街道)')
U(C('yibin-litu-power'), 'located_in', Z, f, ['锂途宜宾动力电池基地位于新区白沙湾街道'], _only_project)
R(C('sichuan-kaicheng-nev'), 'located_in', Z, f, ['新区引进的四川凯骋新能源汽车有限公司去年实现量产'], 'clause (Z引进的A)')
U(C('yibin-litu-power'), 'partners_with', C('sichuan-kaicheng-nev'), f, ['电池包全部由锂途动力就近供应'], _supply + ' (由A就近供应)')
U(C('sichuan-kaicheng-nev'), 'member_of', K_('new-energy-vehicles'), f, ['整车方面，新区引进的四川凯骋新能源汽车有限公司'], 'industry only inside the firm\'s name (整车方面 names no cluster word)')
R(L, 'located_in', Z, f, ['宜宾临港经济技术开发区是新区的核心区'], 'clause (sub-zone是Z的核心区, as dev3)')
s = ['四川川晶正极材料有限公司、宜宾岷源隔膜科技有限公司等锂电材料企业已在临港经开区投产']
for c in ('sichuan-chuanjing-cathode', 'yibin-minyuan-separator'):
    R(C(c), 'member_of', K_('lithium-battery-materials'), f, s, 'clause (A、B等X企业)')
    R(C(c), 'located_in', L, f, s, 'clause (A、B…已在Z投产)')
    U(C(c), 'located_in', Z, f, s, _transitive + ' (临港经开区 is the new area\'s core area)')
s = ['新区把锂电材料和新能源汽车作为延链方向']
for c in ('lithium-battery-materials', 'new-energy-vehicles'):
    R(Z, 'focuses_on', K_(c), f, s, 'clause (Z把X和Y作为延链方向)')
R(C('sichuan-chuanjing-cathode'), 'owns', P_('chuanjing-100kt-lfp-cathode'), f, ['由四川川晶正极材料有限公司投资建设的川晶年产10万吨磷酸铁锂正极材料项目'], 'clause (由A投资建设的B)')
R(P_('chuanjing-100kt-lfp-cathode'), 'located_in', L, f, ['川晶年产10万吨磷酸铁锂正极材料项目，选址宜宾临港经济技术开发区'], 'clause (B，选址Z)')
U(P_('chuanjing-100kt-lfp-cathode'), 'located_in', Z, f, ['新区把锂电材料和新能源汽车作为延链方向，今年上半年新签约配套项目14个。其中'], _transitive + ' (one of the new area\'s 新签约配套项目, but sited in the sub-zone)')
s = ['由江西赣源铜业集团有限公司与锂途动力合资组建的宜宾赣源锂电铜箔有限公司']
R(C('jiangxi-ganyuan-copper-group'), 'partners_with', C('yibin-litu-power'), f, s, 'clause (由A与B合资组建的C: joint venture)')
for c in ('jiangxi-ganyuan-copper-group', 'yibin-litu-power'):
    U(C('yibin-ganyuan-copper-foil'), 'subsidiary_of', C(c), f, s + ['双方各持股50%'], 'equal joint venture (双方各持股50%): no parent in control')
R(C('yibin-ganyuan-copper-foil'), 'located_in', Z, f, ['已在新区注册'], 'clause (C…已在Z注册)')
R(C('yibin-litu-power'), 'partners_with', C('yibin-minyuan-separator'), f, ['锂途动力与宜宾岷源隔膜科技有限公司签订了三年期采购框架协议'], 'clause (A与B签订了三年期采购框架协议: a signed multi-year agreement, as the signed 供货协议 of dev2)')
R(C('sichuan-shuxun-recycling'), 'owns', P_('shuxun-battery-recycling'), f, ['投资的蜀循退役动力电池综合利用项目'], 'clause (A（下称…）投资的B)')
U(P_('shuxun-battery-recycling'), 'located_in', Z, f, ['蜀循退役动力电池综合利用项目已在沙坪街道开工'], '沙坪街道 is a street of the new area in reality, but the text does not say so')
R(C('litu-new-energy'), 'partners_with', C('yibin-minjiang-industrial-finance'), f, ['锂途新能源股份有限公司与宜宾岷江产融投资有限公司签署了战略合作协议'], 'clause (A与B签署了战略合作协议)')
U(C('yibin-ganyuan-copper-foil'), 'partners_with', C('yibin-litu-power'), f, ['新区设立20亿元动力电池产业基金，已投资宜宾赣源锂电铜箔有限公司等6家配套企业'], 'the fund invests in the firm; neither a partner firm nor a parent (the fund is the new area\'s)')
U(L, 'focuses_on', K_('lithium-battery-materials'), f, ['以临港经开区为主要承载地，重点发展锂电材料'], 'the new area\'s plan names the sub-zone as the host (承载地) of the target; the target is the new area\'s')
U(C('yibin-litu-power'), 'partners_with', 'org:yibin-university', f, ['联合宜宾学院开展固态电池中试'], _org + '; a plan item (支持A…联合B)')

# ---- f05 株洲高新区 (industry-chain map explainer)
f = 'f05_zhuzhou.txt'; Z = 'zone:zhuzhou-hitech'; TX = 'zone:tianxin-hitech-park'; DJ = 'zone:dongjiaduan-hitech-park'; HX = 'zone:hexi-demonstration-park'
RAIL = 'cluster:rail-transit-equipment'; AERO = 'cluster:small-aero-engines'
s = ['轨道交通装备和中小航空发动机是株洲高新技术产业开发区的两张产业名片']
for c in (RAIL, AERO):
    R(Z, 'focuses_on', c, f, s, 'clause (X和Y是Z的两张产业名片; also 高新区重点打造的千亿级产业链——X、Y)')
R(C('zhuzhou-tieji-locomotive'), 'member_of', RAIL, f, ['【轨道交通装备产业链】', '链主：株洲铁骥机车车辆有限公司'], 'paragraph (链主：A under the heading 【X产业链】)')
R(C('zhuzhou-tieji-locomotive'), 'subsidiary_of', C('tieji-rail-equipment-group'), f, ['该公司是铁骥轨道交通装备集团有限公司旗下的整车制造企业'], 'sentence (该公司 = 铁骥机车: B是A旗下的…企业)')
R(C('zhuzhou-tieji-locomotive'), 'located_in', TX, f, ['生产基地位于高新区田心高科园'], 'sentence (its unnamed 生产基地 位于sub-park: the firm carries the placement)')
R(TX, 'located_in', Z, f, ['生产基地位于高新区田心高科园'], 'clause (Z + sub-park written together: 高新区田心高科园, as dev2/dev4; also 田心高科园是高新区…的核心承载区)')
U(C('zhuzhou-tieji-locomotive'), 'located_in', Z, f, ['生产基地位于高新区田心高科园'], _transitive)
s = ['两家企业均位于田心高科园']
for c in ('zhuzhou-wufeng-cemented-carbide', 'zhuzhou-xiangren-rubber'):
    R(C(c), 'located_in', TX, f, s, 'sentence (两家企业 = A and B of the sentence before: 均位于sub-park)')
    R(C(c), 'member_of', RAIL, f, ['【轨道交通装备产业链】', '上游：原材料和基础零部件。'], _section)
U(C('zhuzhou-xiangren-rubber'), 'partners_with', 'org:hunan-university-of-technology', f, ['并与湖南工业大学合作开发耐寒橡胶配方'], _org)
for c in ('zhuzhou-chidian-converter', 'zhuzhou-hengzhi-braking'):
    R(C(c), 'member_of', RAIL, f, ['【轨道交通装备产业链】', '中游：牵引、制动和网络控制系统。'], _section)
R(C('zhuzhou-chidian-converter'), 'subsidiary_of', C('hunan-chidian-tech-group'), f, ['其母公司为湖南驰电科技集团股份有限公司'], 'clause (其母公司为A; 其 = 株洲驰电)')
s = ['株洲衡制制动系统有限公司由铁骥机车与德国赫尔德制动技术公司合资设立']
R(C('zhuzhou-tieji-locomotive'), 'partners_with', C('herder-brake-technik'), f, s, 'clause (C由A与B合资设立: joint venture)')
for c in ('zhuzhou-tieji-locomotive', 'herder-brake-technik'):
    U(C('zhuzhou-hengzhi-braking'), 'subsidiary_of', C(c), f, s + ['德方持股49%'], 'bare share ratio (德方持股49%): control not stated in words, as dev2/dev4')
R(C('zhuzhou-tieji-maintenance'), 'member_of', RAIL, f, ['【轨道交通装备产业链】', '下游：整车制造、运维及检修服务。'], _section)
R(C('zhuzhou-tieji-maintenance'), 'subsidiary_of', C('zhuzhou-tieji-locomotive'), f, ['是铁骥机车的全资子公司'], 'clause (B…是A的全资子公司)')
R(C('zhuzhou-tieji-locomotive'), 'partners_with', C('hunan-chidian-tech-group'), f, ['铁骥机车与湖南驰电科技集团股份有限公司签订了为期五年的变流器供货协议'], 'clause (a signed multi-year 供货协议 is gold)')
s = ['株洲驰电变流技术有限公司、株洲衡制制动系统有限公司都在田心高科园设有生产基地']
for c in ('zhuzhou-chidian-converter', 'zhuzhou-hengzhi-braking'):
    R(C(c), 'located_in', TX, f, s, 'clause (A、B都在sub-park设有生产基地)')
U(TX, 'focuses_on', RAIL, f, ['田心高科园是高新区轨道交通装备产业的核心承载区'], 'the sub-park hosts the zone\'s industry (核心承载区): a description, no target verb')
R(C('zhuzhou-xiangying-aero-power'), 'member_of', AERO, f, ['它也是高新区中小航空发动机产业集群的龙头'], 'clause (它 = 翔鹰动力: A是Z X产业集群的龙头; also 链主 under 【X产业链】)')
R(C('zhuzhou-xiangying-aero-power'), 'located_in', Z, f, ['它也是高新区中小航空发动机产业集群的龙头'], 'clause (A是Z X产业集群的龙头, as dev3 `Z整车企业A`)')
R(C('zhuzhou-xiangying-aero-power'), 'located_in', DJ, f, ['翔鹰动力的涡轴发动机总装线位于董家塅高科园'], 'clause (A的[unnamed] 总装线位于sub-park: the firm carries the placement)')
R(C('zhuzhou-wufeng-cemented-carbide'), 'member_of', AERO, f, ['【中小航空发动机产业链】', '上游：高温合金与精密铸件。株洲钨锋硬质合金有限公司也向航空领域延伸'], _section)
R(C('zhuzhou-duanhang-precision-casting'), 'member_of', AERO, f, ['【中小航空发动机产业链】', '株洲锻航精密铸造有限公司专注涡轮叶片精密铸造'], _section)
for c in ('hunan-yunshu-aero-control', 'zhuzhou-yilian-transmission'):
    R(C(c), 'member_of', AERO, f, ['【中小航空发动机产业链】', '中游：控制系统与传动部件。'], _section)
R(C('hunan-yunshu-aero-control'), 'partners_with', C('zhuzhou-xiangying-aero-power'), f, ['湖南云枢航空控制技术有限公司与翔鹰动力签署了战略合作协议'], 'clause (A与B签署了战略合作协议)')
R(C('hunan-yunshu-aero-control'), 'partners_with', C('zhuzhou-duanhang-precision-casting'), f, ['该公司还与株洲锻航精密铸造有限公司组成联合体'], 'sentence (该公司 = 湖南云枢: A与B组成联合体)')
R(C('zhuzhou-xiangying-aero-power'), 'owns', P_('xiangying-engine-test-bed-phase2'), f, ['翔鹰动力投资6.8亿元建设的翔鹰中小航空发动机试车台二期项目'], 'clause (A投资N亿元建设的B)')
U(P_('xiangying-engine-test-bed-phase2'), 'located_in', DJ, f, ['翔鹰动力的涡轴发动机总装线位于董家塅高科园'], 'the firm\'s assembly line is in the sub-park; the test bed is not placed')
R(DJ, 'located_in', Z, f, ['董家塅高科园位于芦淞区，是高新区中小航空发动机产业的主要承载地'], 'clause (sub-park…是Z…的主要承载地; also 株洲高新区下辖的园区)')
U(DJ, 'focuses_on', AERO, f, ['董家塅高科园位于芦淞区，是高新区中小航空发动机产业的主要承载地'], 'the sub-park hosts the zone\'s industry (主要承载地): a description, no target verb')
R(HX, 'located_in', Z, f, ['株洲高新区下辖的园区数量——田心高科园（石峰区）、董家塅高科园（芦淞区）和河西示范园（天元区）'], 'clause (Z下辖的园区——A、B和C)')
U(C('zhuzhou-duanhang-precision-casting'), 'located_in', Z, f, ['【中小航空发动机产业链】', '株洲锻航精密铸造有限公司专注涡轮叶片精密铸造'], 'listed on the zone\'s chain map, but not placed (the map lists 代表企业 of the chain)')
U(C('hunan-yunshu-aero-control'), 'located_in', Z, f, ['湖南云枢航空控制技术有限公司与翔鹰动力签署了战略合作协议'], 'listed on the zone\'s chain map, but not placed (a 湖南 firm)')
U(C('zhuzhou-yilian-transmission'), 'located_in', Z, f, ['株洲翼联传动科技有限公司主要生产减速器和传动轴'], 'listed on the zone\'s chain map, but not placed')
U(C('zhuzhou-tieji-maintenance'), 'located_in', TX, f, ['除铁骥机车外，株洲铁骥检修服务有限公司承担机车大修业务'], 'the subsidiary of a firm in the sub-park; not placed')

# ---- f06 东莞松山湖 (listed company's announcement)
f = 'f06_dongguan.txt'; Z = 'zone:songshanhu-hitech'; CX = C('dongguan-chengxi-intelligent-equipment'); CXR = C('dongguan-chengxi-robotics'); PJ = P_('chengxi-joint-module-base')
R(CXR, 'subsidiary_of', CX, f, ['公司拟在东莞松山湖高新技术产业开发区（以下简称“松山湖高新区”）设立全资子公司东莞澄曦机器人科技有限公司'], 'sentence (公司 = the issuer 澄曦智能: 公司拟…设立全资子公司B; also 股权结构：公司持股100%)')
R(CXR, 'located_in', Z, f, ['注册地址：广东省东莞市松山湖高新区工业西路'], 'entry fields (section （一）拟设立全资子公司: 注册地址：…Z…, as dev3 d03)')
R(CXR, 'owns', PJ, f, ['并由澄曦机器人投资建设澄曦机器人关节模组智能制造基地项目'], 'clause (由A投资建设B; also 实施主体：澄曦机器人)')
R(PJ, 'located_in', Z, f, ['建设地点：松山湖高新区北部工业片区'], 'entry fields (section （二）拟投资项目: 建设地点：Z…)')
U(CX, 'owns', PJ, f, ['资金来源为公司自有及自筹资金'], 'the listed parent funds the project, but the text names the subsidiary as its builder (实施主体); parent ownership is through the subsidiary')
s = ['公司拟与深圳衡岳微电子有限公司共同出资设立东莞曦岳芯控技术有限公司']
R(CX, 'partners_with', C('shenzhen-hengyue-microelectronics'), f, s, 'clause (A拟与B共同出资设立C: joint venture)')
R(C('dongguan-xiyue-motion-control'), 'subsidiary_of', CX, f, ['其中公司出资3000万元、持股60%，为公司控股子公司'], 'clause (…持股60%，为公司控股子公司: control stated in words)')
U(C('dongguan-xiyue-motion-control'), 'subsidiary_of', C('shenzhen-hengyue-microelectronics'), f, s, 'minority joint-venture parent (公司持股60%): not a parent in control')
R(C('dongguan-xiyue-motion-control'), 'located_in', Z, f, ['该公司将入驻松山湖高新区'], 'sentence (该公司 = 曦岳芯控: 将入驻Z; future placement, as dev3)')
s = ['松山湖高新区是国家级高新区，重点发展新一代信息技术、生物医药和智能装备']
for c in ('new-generation-it', 'biomedicine', 'intelligent-equipment'):
    R(Z, 'focuses_on', K_(c), f, s, 'clause (Z…重点发展X、Y和W)')
R(Z, 'focuses_on', K_('robotics'), f, ['已形成较为完整的机器人产业链'], 'clause (Z…已形成X产业链: what the zone has formed, as the seeds)')
s = ['区内聚集了东莞擎岳机器人有限公司、广东宏翼智能科技有限公司等一批整机企业']
for c in ('dongguan-qingyue-robotics', 'guangdong-hongyi-intelligent'):
    R(C(c), 'located_in', Z, f, s, 'sentence (区内 = 松山湖高新区, the subject of the sentence before)')
    U(C(c), 'member_of', K_('robotics'), f, ['已形成较为完整的机器人产业链。区内聚集了东莞擎岳机器人有限公司、广东宏翼智能科技有限公司等一批整机企业'], '整机企业 after 机器人产业链: robot makers by context and name, but no cluster word for them')
R(CX, 'partners_with', C('dongguan-qingyue-robotics'), f, ['公司与东莞擎岳机器人有限公司签署战略合作协议'], 'clause (A与B签署战略合作协议; also its 首选供应商)')
U(CX, 'partners_with', C('guangdong-hongyi-intelligent'), f, ['二者也是公司现有的主要客户'], _supply + ' (customers)')
U(CX, 'partners_with', 'org:songshan-lake-materials-laboratory', f, ['公司拟与松山湖材料实验室合作开展轻量化谐波减速器材料研究'], _org + '; planned (拟)')
R(CX, 'member_of', K_('robotics'), f, ['公司长期深耕机器人产业链核心零部件领域'], 'clause (公司 = 澄曦智能: A深耕X产业链…领域)')
U(CX, 'member_of', K_('humanoid-robots'), f, ['有利于提升公司在人形机器人等新兴应用领域的竞争力'], 'an application field the firm supplies (应用领域), not stated membership')
R(CX, 'subsidiary_of', C('dongguan-chengxi-holding'), f, ['公司的控股股东为东莞澄曦控股有限公司'], 'clause (公司的控股股东为A: control stated, as dev3 d03)')
U(CX, 'located_in', Z, f, ['公司于2025年6月9日与东莞松山湖高新技术产业开发区管理委员会签订《项目投资协议书》'], 'the issuer invests in the zone through its subsidiary; its own seat (东莞) is not placed in the zone')

# ---- f07 石家庄 (research report on the city's zones)
f = 'f07_shijiazhuang.txt'; H = 'zone:shijiazhuang-hitech'; P = 'zone:shijiazhuang-intl-biomedical-park'; E_ = 'zone:shijiazhuang-etdz'; LQ = 'zone:luquan-edz'
JH = C('jiheng-pharma-group'); KZ = C('shijiazhuang-kangze-biotech'); RS = C('hebei-jinan-runsheng-pharma'); SF = C('hebei-suifeng-pharma-packaging')
R(H, 'focuses_on', K_('biomedicine'), f, ['石家庄高新区以生物医药为主导产业'], 'clause (Z以X为主导产业)')
R(P, 'located_in', H, f, ['石家庄高新区以生物医药为主导产业，区内的石家庄国际生物医药园'], 'clause (区内 = 石家庄高新区, the subject of the clause before: 区内的sub-park)')
s = ['冀衡药业集团股份有限公司（下称“冀衡药业”）、石家庄康泽生物技术有限公司等创新药企业均在园中设有研发或生产基地']
for c in (JH, KZ):
    R(c, 'located_in', P, f, s, 'clause (A、B等…企业均在园中设有…基地: 园中 = the sub-park of the sentence before)')
    R(c, 'member_of', K_('innovative-drugs'), f, s, 'clause (A、B等X企业)')
    U(c, 'located_in', H, f, s, _transitive)
s = ['石家庄经济技术开发区地处藁城区，重点发展原料药和现代中药']
for c in ('apis', 'modern-tcm'):
    R(E_, 'focuses_on', K_(c), f, s, 'clause (Z…重点发展X和Y)')
s = ['冀南润晟制药有限公司是该区原料药企业的代表']
R(RS, 'located_in', E_, f, s, 'clause (该区 = 石家庄经开区, the subject of the sentence: A是该区X企业的代表)')
R(RS, 'member_of', K_('apis'), f, s, 'clause (A是…X企业的代表)')
R(LQ, 'focuses_on', K_('electronic-information'), f, ['鹿泉经济开发区则聚焦新一代电子信息产业'], 'clause (Z聚焦X)')
R(C('shijiazhuang-jiheng-biopharma'), 'subsidiary_of', JH, f, ['冀衡药业旗下的石家庄冀衡生物制药有限公司'], 'clause (A旗下的B)')
R(C('shijiazhuang-jiheng-biopharma'), 'owns', P_('jiheng-antibody-base-phase2'), f, ['石家庄冀衡生物制药有限公司投资22亿元建设的冀衡抗体药物产业化基地二期'], 'clause (A投资N亿元建设的B)')
R(P_('jiheng-antibody-base-phase2'), 'located_in', P, f, ['冀衡抗体药物产业化基地二期已在国际生物医药园开工'], 'clause (B已在sub-park开工)')
U(P_('jiheng-antibody-base-phase2'), 'located_in', H, f, ['冀衡抗体药物产业化基地二期已在国际生物医药园开工'], _transitive)
U(C('shijiazhuang-jiheng-biopharma'), 'located_in', P, f, ['冀衡抗体药物产业化基地二期已在国际生物医药园开工'], _only_project)
s = ['冀南润晟制药有限公司在经开区建设的润晟绿色原料药技改项目']
R(RS, 'owns', P_('runsheng-green-api-upgrade'), f, s, 'clause (A在Z建设的B)')
R(P_('runsheng-green-api-upgrade'), 'located_in', E_, f, s, 'clause (A在Z建设的B)')
R(JH, 'owns', P_('jiheng-biologics-pilot-platform'), f, ['冀衡药业建设的冀衡生物药中试公共服务平台'], 'clause (A建设的B)')
R(P_('jiheng-biologics-pilot-platform'), 'located_in', H, f, ['目前高新区对外开放的只有冀衡药业建设的冀衡生物药中试公共服务平台'], 'clause (高新区对外开放的只有B: the zone\'s own platform)')
U(KZ, 'subsidiary_of', JH, f, ['石家庄康泽生物技术有限公司是冀衡药业的参股企业'], '参股企业: a minority stake, not control')
U(SF, 'partners_with', JH, f, ['产品主要供应冀衡药业', '引导冀衡药业与其签订长期采购协议'], _supply + '; the long-term purchase agreement is only a recommendation (引导…签订)')
U(SF, 'located_in', H, f, ['以高新区为例，药用辅料、高端包材和制药装备多从外地采购。河北穗丰药用包装有限公司是少数本地包材供应商之一'], '本地 (local) in a paragraph taking 高新区 as its example; not stated')
U(KZ, 'partners_with', 'org:hebei-medical-university', f, ['河北医科大学与石家庄康泽生物技术有限公司共建的联合实验室'], _org)
U(JH, 'partners_with', KZ, f, ['建议由冀衡药业牵头，联合石家庄康泽生物技术有限公司和河北医科大学组成联合体'], 'a recommendation of the report (建议…组成联合体), not a fact')
U(H, 'focuses_on', K_('innovative-drugs'), f, ['建议高新区聚焦生物药和高端制剂'], 'recommendation naming sub-fields (生物药, 高端制剂) that are not dictionary clusters; 创新药 is the closest')

# ---- f08 哈尔滨新区 / 哈经开区 (ceremony report with 【背景】 and 【评论】)
f = 'f08_harbin.txt'; N = 'zone:harbin-new-area'; SZ = 'zone:shenzhen-harbin-industrial-park'; HE = 'zone:harbin-etdz'
R(C('heilongjiang-binglan-data'), 'owns', P_('binglan-cold-region-dc-phase1'), f, ['该项目由黑龙江冰岚数据科技有限公司投资建设'], 'sentence (该项目 = 冰岚寒地数据中心一期: 由A投资建设)')
U(P_('binglan-cold-region-dc-phase1'), 'located_in', SZ, f, ['在深圳（哈尔滨）产业园区主会场举行', '主会场北侧的冰岚寒地数据中心一期工地'], 'placed only through the venue (主会场北侧): inference')
U(P_('binglan-cold-region-dc-phase1'), 'located_in', N, f, ['是我们把算力基地放在这里的决定性因素'], '这里 = 哈尔滨新区 (named in the quote) and 算力基地 = the data center: pronoun and paraphrase')
U(C('heilongjiang-binglan-data'), 'located_in', N, f, ['从冰岚数据“选择这里”'], 'commentary: 这里 = the new area; only the firm\'s project is there')
s = ['新区将坚持以数字经济、生物经济和冰雪经济为主攻方向']
for c in ('digital-economy', 'bioeconomy', 'ice-snow-economy'):
    R(N, 'focuses_on', K_(c), f, s, 'clause (the director\'s speech: Z将坚持以X、Y和W为主攻方向)')
s = ['做大做强高端装备和新材料产业']
for c in ('high-end-equipment-manufacturing', 'new-materials'):
    R(N, 'focuses_on', K_(c), f, s, 'clause (…，做大做强X和Y产业; subject 新区)')
R(C('harbin-hannuo-intelligent'), 'subsidiary_of', C('shenzhen-hannuo-electronics'), f, ['由深圳市瀚诺电子股份有限公司全资设立的哈尔滨瀚诺智能科技有限公司'], 'clause (由A全资设立的B)')
R(C('harbin-hannuo-intelligent'), 'owns', P_('hannuo-smart-sensor-project'), f, ['哈尔滨瀚诺智能科技有限公司同日开工建设瀚诺寒区智能传感器产业化项目'], 'clause (A开工建设B)')
R(P_('hannuo-smart-sensor-project'), 'located_in', SZ, f, ['深哈产业园内，由深圳市瀚诺电子股份有限公司全资设立的'], 'sentence (sentence-initial locative: sub-park内，A…开工建设B)')
U(C('harbin-hannuo-intelligent'), 'located_in', SZ, f, ['深哈产业园内，由深圳市瀚诺电子股份有限公司全资设立的'], _only_project + ' (the locative frames the groundbreaking)')
U(C('shenzhen-hannuo-electronics'), 'partners_with', 'org:harbin-institute-of-technology', f, ['公司将依托哈尔滨工业大学的科研力量'], _org + '; reliance (依托), not an agreement')
R(C('harbin-jiguang-zhizao'), 'owns', P_('jiguang-machine-vision-equipment'), f, ['哈尔滨极光智造科技有限公司的极光机器视觉检测装备项目'], 'clause (A的B)')
R(P_('jiguang-machine-vision-equipment'), 'located_in', SZ, f, ['同在深哈产业园开工的还有哈尔滨极光智造科技有限公司的极光机器视觉检测装备项目'], 'clause (同在sub-park开工的还有B)')
R(C('harbin-jiguang-zhizao'), 'subsidiary_of', C('shenzhen-jiguang-vision'), f, ['极光智造是深圳极光视觉股份有限公司在哈尔滨注册的子公司'], 'clause (B是A…的子公司)')
R(C('harbin-jiguang-zhizao'), 'located_in', SZ, f, ['去年入驻深哈产业园后'], 'clause (A…入驻sub-park)')
R(C('harbin-jiguang-zhizao'), 'partners_with', C('harbin-xingheng-precision'), f, ['已与哈尔滨星衡精密机械有限公司建立长期合作关系'], 'clause (A已与B建立长期合作关系, as dev2 长期合作伙伴)')
s = ['哈尔滨鸿翎航空复合材料有限公司（简称“鸿翎复材”）投资建设、位于哈经开区的鸿翎航空复材构件生产线']
R(C('harbin-hongling-aero-composites'), 'owns', P_('hongling-aero-composite-line'), f, s, 'clause (A投资建设、…的B)')
R(P_('hongling-aero-composite-line'), 'located_in', HE, f, ['位于哈经开区的鸿翎航空复材构件生产线'], 'clause (位于Z的B)')
U(C('harbin-hongling-aero-composites'), 'located_in', HE, f, ['位于哈经开区的鸿翎航空复材构件生产线'], _only_project)
U(C('harbin-hongling-aero-composites'), 'partners_with', C('harbin-aoxiang-general-aircraft'), f, ['产品主要供应哈尔滨翱翔通用飞机有限公司'], _supply)
R(C('harbin-hongling-aero-composites'), 'subsidiary_of', C('longjiang-aviation-industry-group'), f, ['鸿翎复材是龙江航空工业集团有限公司的控股子公司'], 'clause (B是A的控股子公司)')
R(C('harbin-hongling-aero-composites'), 'partners_with', C('carlsen-composites'), f, ['目前已与德国卡尔森复合材料公司签署技术合作协议'], 'sentence (subject 鸿翎复材 of the clause before: 已与B签署技术合作协议)')
R(HE, 'focuses_on', K_('aerospace'), f, ['经开区已把航空航天作为首位产业'], 'clause (Z已把X作为首位产业)')
s = ['区内集聚了哈尔滨翱翔通用飞机有限公司、哈尔滨星衡精密机械有限公司等航空航天配套企业30余家']
for c in ('harbin-aoxiang-general-aircraft', 'harbin-xingheng-precision'):
    R(C(c), 'located_in', HE, f, s, 'clause (区内 = 经开区, the subject of the clause before: 区内集聚了A、B等…企业)')
    R(C(c), 'member_of', K_('aerospace'), f, s, 'clause (A、B等X配套企业)')
s = ['黑龙江松禾生物科技有限公司在经开区建设的松禾寒地大豆蛋白生物制造项目']
R(C('heilongjiang-songhe-biotech'), 'owns', P_('songhe-soy-protein-biomanufacturing'), f, s, 'clause (A在Z建设的B)')
R(P_('songhe-soy-protein-biomanufacturing'), 'located_in', HE, f, s, 'clause (A在Z建设的B; bare 经开区 = 哈经开区, the paragraph before)')
U(C('heilongjiang-songhe-biotech'), 'located_in', HE, f, s, 'the firm builds its project in the zone; its own presence is only implied')
R(SZ, 'located_in', N, f, ['深圳（哈尔滨）产业园区位于新区江北一体发展区'], 'clause (sub-park位于Z…)')
U(HE, 'located_in', N, f, ['哈尔滨经济技术开发区设分会场同步连线'], 'the new area\'s ceremony has a sub-venue in the ETDZ; the text does not say the ETDZ lies in the new area (the 【背景】 lists 平房区 only in part)')
U(HE, 'focuses_on', K_('equipment-manufacturing'), f, ['是全省装备制造企业最集中的区域'], 'a description (装备制造企业最集中), not a stated target')
U(C('harbin-xingheng-precision'), 'located_in', SZ, f, ['去年入驻深哈产业园后，已与哈尔滨星衡精密机械有限公司建立长期合作关系'], 'the partner of a firm in the park; it is placed in 哈经开区 instead')
