# Gold annotation of the dev4 corpus, written as anchored text so that offsets are computed, never typed.
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
              'here it means the sub-park ')

MENTIONS['e01_shenyang.txt'] = [
    ('[沈阳经济技术开发区]在', 'zone:shenyang-etdz'),
    ('[中德（沈阳）高端装备制造产业园]和', 'zone:sino-german-shenyang-park'),
    ('[沈阳高新技术产业开发区]分', 'zone:shenyang-hitech'),
    ('[沈阳经开区]本', 'zone:shenyang-etdz'),
    ('[汽车零部件]和', 'cluster:auto-parts'),
    ('[高端装备]两', 'cluster:high-end-equipment-manufacturing'),
    ('[中德园]继', 'zone:sino-german-shenyang-park'),
    ('[智能制造]和', 'cluster:intelligent-manufacturing'),
    ('[工业互联网]为', 'cluster:industrial-internet'),
    ('[北辰重工大型盾构装备智能制造基地]\n', 'project:beichen-tbm-base'),
    ('[沈阳北辰重工装备有限公司]\n', 'company:shenyang-beichen-heavy'),
    ('[沈阳经开区]开', 'zone:shenyang-etdz'),
    ('[辽宁北辰控股集团有限公司]全', 'company:liaoning-beichen-holding'),
    ('[北辰重工]深', 'company:shenyang-beichen-heavy'),
    ('[工程机械]领', 'cluster:engineering-machinery'),
    ('[瑞铎年产40万套新能源汽车驱动电机项目]\n', 'project:ruiduo-400k-motor'),
    ('[沈阳瑞铎电驱动系统有限公司]\n', 'company:shenyang-ruiduo-edrive'),
    ('[中德园]精', 'zone:sino-german-shenyang-park'),
    ('[埃尔曼驱动技术股份公司]与', 'company:ehrmann-drive'),
    ('[沈阳盛京汽车产业投资有限公司]合', 'company:shengjing-auto-investment'),
    ('[沈阳华驰汽车有限公司]等', 'company:shenyang-huachi-auto'),
    ('[辽数智算中心一期]\n', 'project:liaoshu-computing-center-phase1'),
    ('[辽宁辽数云科技有限公司]\n', 'company:liaoning-liaoshu-cloud'),
    ('[沈阳高新区]沈', 'zone:shenyang-hitech'),
    ('[沈阳国际软件园]东', 'zone:shenyang-intl-software-park'),
    ('[软件和信息服务业]企', 'cluster:software-info-services'),
    ('[辽数云]已', 'company:liaoning-liaoshu-cloud'),
    ('[沈阳新智联软件股份有限公司]签', 'company:shenyang-xinzhilian-software'),
    ('[鼎晟工业机器人精密减速器产业化项目]\n', 'project:dingsheng-reducer'),
    ('[沈阳鼎晟精密传动有限公司]\n', 'company:shenyang-dingsheng-transmission'),
    ('[经开区]（', 'zone:shenyang-etdz'),
    ('[鼎晟精密]是', 'company:shenyang-dingsheng-transmission'),
    ('[机器人产业链]上', 'cluster:robotics'),
    ('[华康生物重组蛋白药物原液车间]\n', 'project:huakang-protein-workshop'),
    ('[辽宁华康生物制药有限公司]\n', 'company:liaoning-huakang-biopharma'),
    ('[沈阳高新区]内', 'zone:shenyang-hitech'),
    ('[华康生物]专', 'company:liaoning-huakang-biopharma'),
    ('[生物制药]领', 'cluster:biopharma'),
    ('[丰穗预制菜中央厨房项目]\n', 'project:fengsui-central-kitchen'),
    ('[沈阳丰穗食品有限公司]\n', 'company:shenyang-fengsui-food'),
    ('[丰穗食品]是', 'company:shenyang-fengsui-food'),
    ('[预制菜]龙', 'cluster:prepared-food'),
    ('[沈阳经开区]反', 'zone:shenyang-etdz'),
    ('[沈阳华驰汽车有限公司]和', 'company:shenyang-huachi-auto'),
    ('[沈阳宏川汽车座椅有限公司]、', 'company:shenyang-hongchuan-seating'),
    ('[沈阳恒达车灯有限公司]等', 'company:shenyang-hengda-lamps'),
    ('[汽车零部件]企', 'cluster:auto-parts'),
    ('[中德园]将', 'zone:sino-german-shenyang-park'),
    ('[瑞铎年产40万套新能源汽车驱动电机项目]办', 'project:ruiduo-400k-motor'),
    ('[沈阳高新区]将', 'zone:shenyang-hitech'),
    ('[辽数智算中心一期]双', 'project:liaoshu-computing-center-phase1'),
]

UNCERTAIN_MENTIONS['e01_shenyang.txt'] = [
    ('[园区]内', 'zone:shenyang-intl-software-park', _bare_park + '沈阳国际软件园 (建成后可为园区内…企业提供算力租赁, in the entry whose 建设地点 is the park)'),
]

MENTIONS['e02_dalian.txt'] = [
    ('[金普新区]两', 'zone:dalian-jinpu-new-area'),
    ('[大连金普新区]公', 'zone:dalian-jinpu-new-area'),
    ('[大连经济技术开发区]淮', 'zone:dalian-etdz'),
    ('[大连海衡精密轴承有限公司]\n', 'company:dalian-haiheng-bearing'),
    ('[海衡大兆瓦风电主轴轴承生产基地]\n', 'project:haiheng-wind-bearing-base'),
    ('[大连经济技术开发区]东', 'zone:dalian-etdz'),
    ('[大连润洋新材料科技有限公司]\n', 'company:dalian-runyang-new-materials'),
    ('[润洋氢能储运复合材料气瓶项目]\n', 'project:runyang-hydrogen-cylinder'),
    ('[金普新区]二', 'zone:dalian-jinpu-new-area'),
    ('[大连港湾冷链物流有限公司]\n', 'company:dalian-gangwan-cold-chain'),
    ('[港湾东北亚冷链分拨中心]\n', 'project:gangwan-cold-chain-hub'),
    ('[海衡轴承]总', 'company:dalian-haiheng-bearing'),
    ('[大连海衡集团有限公司]的', 'company:dalian-haiheng-group'),
    ('[海衡轴承]将', 'company:dalian-haiheng-bearing'),
    ('[大连奥伦风电设备有限公司]批', 'company:dalian-aolun-wind'),
    ('[奥伦风电]同', 'company:dalian-aolun-wind'),
    ('[开发区]，', 'zone:dalian-etdz'),
    ('[新区]风', 'zone:dalian-jinpu-new-area'),
    ('[风电装备产业链]的', 'cluster:wind-power'),
    ('[润洋新材料]，', 'company:dalian-runyang-new-materials'),
    ('[上海润洋复材集团股份有限公司]于', 'company:shanghai-runyang-composites'),
    ('[开发区]全', 'zone:dalian-etdz'),
    ('[氢能]装', 'cluster:hydrogen'),
    ('[大连瀚海能源装备有限公司]联', 'company:dalian-hanhai-energy'),
    ('[港湾冷链]的', 'company:dalian-gangwan-cold-chain'),
    ('[港湾东北亚冷链分拨中心]建', 'project:gangwan-cold-chain-hub'),
    ('[新区]自', 'zone:dalian-jinpu-new-area'),
    ('[大连启明智能装备有限公司]投', 'company:dalian-qiming-intelligent-equipment'),
    ('[启明机器人焊装线产业化项目]去', 'project:qiming-welding-line'),
    ('[开发区]竣', 'zone:dalian-etdz'),
    ('[大连德瑞精工机械有限公司]是', 'company:dalian-derui-precision'),
    ('[克莱恩机械集团]设', 'company:klein-machinery-group'),
    ('[德瑞精密机床主轴工厂]今', 'project:derui-spindle-plant'),
    ('[克莱恩]计', 'company:klein-machinery-group'),
    ('[金普新区]是', 'zone:dalian-jinpu-new-area'),
    ('[大连经济技术开发区]是', 'zone:dalian-etdz'),
    ('[新区]聚', 'zone:dalian-jinpu-new-area'),
    ('[高端装备制造]、', 'cluster:high-end-equipment-manufacturing'),
    ('[新能源]和', 'cluster:new-energy'),
    ('[冷链物流]三', 'cluster:cold-chain-logistics'),
    ('[开发区]则', 'zone:dalian-etdz'),
    ('[集成电路]作', 'cluster:integrated-circuits'),
    ('[大连芯恒半导体有限公司]、', 'company:dalian-xinheng-semiconductor'),
    ('[大连科锐微电子有限公司]等', 'company:dalian-kerui-microelectronics'),
    ('[集成电路]企', 'cluster:integrated-circuits'),
    ('[新区]的', 'zone:dalian-jinpu-new-area'),
    ('[开发区]管', 'zone:dalian-etdz'),
    ('[新能源汽车]、', 'cluster:new-energy-vehicles'),
    ('[集成电路]等', 'cluster:integrated-circuits'),
    ('[新区]风', 'zone:dalian-jinpu-new-area'),
    ('[风电产业集群]已', 'cluster:wind-power'),
    ('[奥伦风电]、', 'company:dalian-aolun-wind'),
    ('[海衡轴承]均', 'company:dalian-haiheng-bearing'),
]

MENTIONS['e03_kunming.txt'] = [
    ('[昆明高新区]2', 'zone:kunming-hitech'),
    ('[昆明高新区]管', 'zone:kunming-hitech'),
    ('[昆明高新技术产业开发区]规', 'zone:kunming-hitech'),
    ('[高新区]的', 'zone:kunming-hitech'),
    ('[生物医药]、', 'cluster:biomedicine'),
    ('[新材料]、', 'cluster:new-materials'),
    ('[电子信息]三', 'cluster:electronic-information'),
    ('[数字经济]核', 'cluster:digital-economy'),
    ('[生物医药]方', 'cluster:biomedicine'),
    ('[生物医药]项', 'cluster:biomedicine'),
    ('[云岭康泰药业股份有限公司]投', 'company:yunling-kangtai-pharma'),
    ('[康泰三七创新药产业化基地]，', 'project:kangtai-sanqi-drug-base'),
    ('[马金铺高新技术产业基地]开', 'zone:majinpu-base'),
    ('[康泰药业]是', 'company:yunling-kangtai-pharma'),
    ('[现代中药]领', 'cluster:modern-tcm'),
    ('[滇宁生物科技有限公司]的', 'company:dianning-biotech'),
    ('[滇宁mRNA疫苗中试车间]3', 'project:dianning-mrna-pilot-workshop'),
    ('[滇宁生物]与', 'company:dianning-biotech'),
    ('[上海启源医药研究院有限公司]共', 'company:shanghai-qiyuan-pharma-research'),
    ('[马金铺基地]现', 'zone:majinpu-base'),
    ('[马金铺基地]是', 'zone:majinpu-base'),
    ('[高新区]的', 'zone:kunming-hitech'),
    ('[昆明铂源新材料有限公司]、', 'company:kunming-boyuan-new-materials'),
    ('[云南锗科光电材料有限公司]都', 'company:yunnan-zeke-optoelectronic-materials'),
    ('[稀土新材料]和', 'cluster:rare-earth-materials'),
    ('[丰华医疗集团]旗', 'company:fenghua-medical-group'),
    ('[昆明丰华医疗器械有限公司]追', 'company:kunming-fenghua-medical-devices'),
    ('[丰华高值耗材生产线]；', 'project:fenghua-consumables-line'),
    ('[暹罗食品集团]也', 'company:siam-food-group'),
    ('[云南滇味食品有限公司]签', 'company:yunnan-dianwei-food'),
    ('[数字经济]增', 'cluster:digital-economy'),
    ('[数字经济]是', 'cluster:digital-economy'),
    ('[高新区]重', 'zone:kunming-hitech'),
    ('[昆明数澜科技有限公司]投', 'company:kunming-shulan-tech'),
    ('[数澜面向南亚东南亚的云计算中心]在', 'project:shulan-cloud-center'),
    ('[高新区]一', 'zone:kunming-hitech'),
    ('[数澜科技]是', 'company:kunming-shulan-tech'),
    ('[北京数澜集团有限公司]的', 'company:beijing-shulan-group'),
    ('[昆明云途软件有限公司]、', 'company:kunming-yuntu-software'),
    ('[云南星图信息技术有限公司]等', 'company:yunnan-xingtu-it'),
    ('[软件和信息服务]企', 'cluster:software-info-services'),
    ('[云途软件]还', 'company:kunming-yuntu-software'),
    ('[星图信息]组', 'company:yunnan-xingtu-it'),
    ('[高新区]有', 'zone:kunming-hitech'),
    ('[电子信息]企', 'cluster:electronic-information'),
    ('[昆明云芯微电子有限公司]和', 'company:kunming-yunxin-microelectronics'),
    ('[昆明华澜光电科技有限公司]一', 'company:kunming-hualan-optoelectronics'),
    ('[高新区]还', 'zone:kunming-hitech'),
    ('[昆明经济技术开发区]共', 'zone:kunming-etdz'),
    ('[滇宁生物]的', 'company:dianning-biotech'),
    ('[滇宁生物]是', 'company:dianning-biotech'),
    ('[昆明高新区]疫', 'zone:kunming-hitech'),
    ('[疫苗产业]的', 'cluster:vaccines'),
    ('[云南华昱医药物流有限公司]建', 'company:yunnan-huayu-pharma-logistics'),
]

UNCERTAIN_MENTIONS['e03_kunming.txt'] = [
    ('[园区]道', 'zone:majinpu-base', _bare_park + '马金铺基地 (the answer is about the base)'),
]

MENTIONS['e04_nanning.txt'] = [
    ('[南宁高新技术产业开发区]电', 'zone:nanning-hitech'),
    ('[电子信息集群]加', 'cluster:electronic-information'),
    ('[广西瑞霖光电科技有限公司]投', 'company:guangxi-ruilin-optoelectronics'),
    ('[瑞霖新型显示模组基地]一', 'project:ruilin-display-module-base'),
    ('[南宁芯桥微电子有限公司]等', 'company:nanning-xinqiao-microelectronics'),
    ('[南宁高新区]。', 'zone:nanning-hitech'),
    ('[南宁经济技术开发区]整', 'zone:nanning-etdz'),
    ('[南宁邕驰汽车有限公司]的', 'company:nanning-yongchi-auto'),
    ('[邕驰新能源商用车基地]满', 'project:yongchi-commercial-ev-base'),
    ('[广西桂能动力电池有限公司]作', 'company:guangxi-guineng-power-battery'),
    ('[中国（广西）自由贸易试验区南宁片区]新', 'zone:nanning-ftz-area'),
    ('[南宁片区]内', 'zone:nanning-ftz-area'),
    ('[南宁综合保税区]进', 'zone:nanning-comprehensive-bonded-zone'),
    ('[东盟跨境数据服务中心]由', 'project:asean-cross-border-data-center'),
    ('[广西东信数字科技有限公司]建', 'company:guangxi-dongxin-digital'),
    ('[南宁经开区]与', 'zone:nanning-etdz'),
    ('[广西柳通机械集团有限公司]签', 'company:guangxi-liutong-machinery-group'),
    ('[柳通智能农机装备产业园]，', 'project:liutong-agri-machinery-park'),
    ('[柳通机械]将', 'company:guangxi-liutong-machinery-group'),
    ('[农机装备]整', 'cluster:agricultural-machinery'),
    ('[经开区]；', 'zone:nanning-etdz'),
    ('[南宁高新区]引', 'zone:nanning-hitech'),
    ('[广西微澜生物医药有限公司]、', 'company:guangxi-weilan-biomedicine'),
    ('[南宁和睿医疗科技有限公司]等', 'company:nanning-herui-medical-tech'),
    ('[生物医药]企', 'cluster:biomedicine'),
    ('[南宁片区]全', 'zone:nanning-ftz-area'),
    ('[跨境电商]企', 'cluster:cross-border-ecommerce'),
    ('[广西通途供应链管理有限公司]的', 'company:guangxi-tongtu-supply-chain'),
    ('[通途中国—东盟跨境电商集货仓]在', 'project:tongtu-asean-ecommerce-warehouse'),
    ('[南宁综合保税区]启', 'zone:nanning-comprehensive-bonded-zone'),
    ('[南宁泰和汽车零部件有限公司]则', 'company:nanning-taihe-auto-parts'),
    ('[邕驰汽车]签', 'company:nanning-yongchi-auto'),
    ('[南宁高新区]做', 'zone:nanning-hitech'),
    ('[电子信息]、', 'cluster:electronic-information'),
    ('[生物医药]，', 'cluster:biomedicine'),
    ('[瑞霖新型显示模组基地]二', 'project:ruilin-display-module-base'),
    ('[广西瑞霖光电科技有限公司]与', 'company:guangxi-ruilin-optoelectronics'),
    ('[南宁芯桥微电子有限公司]联', 'company:nanning-xinqiao-microelectronics'),
    ('[广西万生药业集团有限公司]把', 'company:guangxi-wansheng-pharma-group'),
    ('[高新区]，', 'zone:nanning-hitech'),
    ('[南宁万生生物技术有限公司]承', 'company:nanning-wansheng-biotech'),
    ('[万生单抗药物中试平台]建', 'project:wansheng-antibody-pilot-platform'),
    ('[南宁经开区]围', 'zone:nanning-etdz'),
    ('[新能源汽车]和', 'cluster:new-energy-vehicles'),
    ('[汽车零部件]延', 'cluster:auto-parts'),
    ('[邕驰汽车]新', 'company:nanning-yongchi-auto'),
    ('[桂能动力]建', 'company:guangxi-guineng-power-battery'),
    ('[桂能储能电池研发中心]。', 'project:guineng-storage-battery-rd-center'),
    ('[经开区]要', 'zone:nanning-etdz'),
    ('[南宁片区]制', 'zone:nanning-ftz-area'),
    ('[跨境电商]、', 'cluster:cross-border-ecommerce'),
    ('[数字贸易]和', 'cluster:digital-trade'),
    ('[现代金融]，', 'cluster:modern-finance'),
    ('[东盟跨境数据服务中心]扩', 'project:asean-cross-border-data-center'),
    ('[广西东信数字科技有限公司]是', 'company:guangxi-dongxin-digital'),
    ('[北部湾数字产业集团有限公司]旗', 'company:beibuwan-digital-industry-group'),
    ('[越南河江电讯股份公司]合', 'company:vietnam-hagiang-telecom'),
    ('[南宁综合保税区]要', 'zone:nanning-comprehensive-bonded-zone'),
    ('[保税物流产业]和', 'cluster:bonded-logistics'),
    ('[电子信息]加', 'cluster:electronic-information'),
    ('[南宁捷讯通信设备有限公司]等', 'company:nanning-jiexun-telecom-equipment'),
    ('[南宁经开区]外', 'zone:nanning-etdz'),
    ('[汽车零部件]项', 'cluster:auto-parts'),
]

MENTIONS['e05_fuzhou.txt'] = [
    ('[福州高新区]，', 'zone:fuzhou-hitech'),
    ('[福州高新区]发', 'zone:fuzhou-hitech'),
    ('[福州高新技术产业开发区]是', 'zone:fuzhou-hitech'),
    ('[高新区]位', 'zone:fuzhou-hitech'),
    ('[海西高新技术产业园]是', 'zone:haixi-hitech-park'),
    ('[高新区]的', 'zone:fuzhou-hitech'),
    ('[高新区]已', 'zone:fuzhou-hitech'),
    ('[光电信息]、', 'cluster:optoelectronics'),
    ('[生物医药]、', 'cluster:biomedicine'),
    ('[数字经济]三', 'cluster:digital-economy'),
    ('[光电信息]：', 'cluster:optoelectronics'),
    ('[高新区]以', 'zone:fuzhou-hitech'),
    ('[光电信息]为', 'cluster:optoelectronics'),
    ('[福建晶科光电股份有限公司]、', 'company:fujian-jingke-optoelectronics'),
    ('[福州闽光激光技术有限公司]等', 'company:fuzhou-minguang-laser'),
    ('[晶科光电]的', 'company:fujian-jingke-optoelectronics'),
    ('[生物医药]：', 'cluster:biomedicine'),
    ('[福建康联生物制药有限公司]、', 'company:fujian-kanglian-biopharma'),
    ('[福州瑞宁医疗器械有限公司]为', 'company:fuzhou-ruining-medical-devices'),
    ('[生物医药]企', 'cluster:biomedicine'),
    ('[康联生物]投', 'company:fujian-kanglian-biopharma'),
    ('[康联抗体药物产业化基地]将', 'project:kanglian-antibody-base'),
    ('[数字经济]：', 'cluster:digital-economy'),
    ('[福州星网智联科技有限公司]是', 'company:fuzhou-xingwang-zhilian'),
    ('[福建星网控股集团有限公司]旗', 'company:fujian-xingwang-holding'),
    ('[工业互联网]的', 'cluster:industrial-internet'),
    ('[星网工业互联网标识解析二级节点]已', 'project:xingwang-identifier-node'),
    ('[新材料]：', 'cluster:new-materials'),
    ('[石墨烯]和', 'cluster:graphene'),
    ('[高性能纤维]项', 'cluster:high-performance-fibers'),
    ('[烯源石墨烯导热膜产业化项目]由', 'project:xiyuan-graphene-film-project'),
    ('[福建烯源新材料科技有限公司]投', 'company:fujian-xiyuan-new-materials'),
    ('[海西园]，', 'zone:haixi-hitech-park'),
    ('[海西园]目', 'zone:haixi-hitech-park'),
    ('[福州高新区投资控股有限公司]投', 'company:fuzhou-hitech-investment-holding'),
    ('[海西园数字经济产业大厦]已', 'project:haixi-digital-economy-tower'),
    ('[星网智联]、', 'company:fuzhou-xingwang-zhilian'),
    ('[福州数联信息技术有限公司]等', 'company:fuzhou-shulian-it'),
    ('[高新区光电产业加速器]也', 'project:hitech-optoelectronics-accelerator'),
    ('[激光]和', 'cluster:laser'),
    ('[光通信]初', 'cluster:optical-communication'),
    ('[高新投]负', 'company:fuzhou-hitech-investment-holding'),
    ('[高新区]的', 'zone:fuzhou-hitech'),
    ('[光电信息]、', 'cluster:optoelectronics'),
    ('[生物医药]企', 'cluster:biomedicine'),
    ('[福州瑞宁医疗器械有限公司]总', 'company:fuzhou-ruining-medical-devices'),
    ('[瑞宁医疗]与', 'company:fuzhou-ruining-medical-devices'),
    ('[康联生物]签', 'company:fujian-kanglian-biopharma'),
    ('[厦门瑞宁医疗集团股份有限公司]也', 'company:xiamen-ruining-medical-group'),
    ('[瑞宁医疗]还', 'company:fuzhou-ruining-medical-devices'),
    ('[海西园]建', 'zone:haixi-hitech-park'),
    ('[瑞宁微创介入器械生产线]，', 'project:ruining-interventional-devices-line'),
    ('[福州闽光激光技术有限公司]董', 'company:fuzhou-minguang-laser'),
    ('[闽光激光]已', 'company:fuzhou-minguang-laser'),
    ('[晶科光电]组', 'company:fujian-jingke-optoelectronics'),
    ('[福州高新区]投', 'zone:fuzhou-hitech'),
    ('[福州高新区]投', 'zone:fuzhou-hitech'),
]

UNCERTAIN_MENTIONS['e05_fuzhou.txt'] = [
    ('[园区]。', 'zone:haixi-hitech-park', _bare_park + '海西园 (研发中心…迁至园区; 海西园 is named in the next sentence), or the zone as a whole'),
]

MENTIONS['e06_lingang.txt'] = [
    ('[临港新片区]\n', 'zone:shanghai-ftz-lingang'),
    ('[赫尔曼光学（上海）有限公司]的', 'company:hermann-optics-shanghai'),
    ('[赫尔曼精密光学集团]在', 'company:hermann-precision-optics-group'),
    ('[中国（上海）自由贸易试验区临港新片区]设', 'zone:shanghai-ftz-lingang'),
    ('[赫尔曼光刻物镜亚太生产基地]从', 'project:hermann-lithography-objective-base'),
    ('[临港新片区]管', 'zone:shanghai-ftz-lingang'),
    ('[新片区]新', 'zone:shanghai-ftz-lingang'),
    ('[集成电路]、', 'cluster:integrated-circuits'),
    ('[高端装备]和', 'cluster:high-end-equipment-manufacturing'),
    ('[生物医药]是', 'cluster:biomedicine'),
    ('[集成电路]材', 'cluster:integrated-circuits'),
    ('[上海临芯电子材料有限公司]3', 'company:shanghai-linxin-electronic-materials'),
    ('[桐原化学株式会社]与', 'company:kirihara-chemical'),
    ('[上海港城新材料集团有限公司]共', 'company:shanghai-gangcheng-new-materials-group'),
    ('[临芯12英寸晶圆用电子特气项目]年', 'project:linxin-electronic-gas-project'),
    ('[新片区]离', 'zone:shanghai-ftz-lingang'),
    ('[桐原化学]中', 'company:kirihara-chemical'),
    ('[生物医药]领', 'cluster:biomedicine'),
    ('[诺瓦森医疗集团]旗', 'company:novasen-medical-group'),
    ('[诺瓦森（上海）生物科技有限公司]把', 'company:novasen-shanghai-biotech'),
    ('[临港新片区]。', 'zone:shanghai-ftz-lingang'),
    ('[诺瓦森]已', 'company:novasen-medical-group'),
    ('[上海润康生物技术有限公司]签', 'company:shanghai-runkang-biotech'),
    ('[人工智能]领', 'cluster:artificial-intelligence'),
    ('[深维智能有限公司]与', 'company:deepwei-intelligence-uk'),
    ('[上海海湾智算科技有限公司]合', 'company:shanghai-haiwan-computing'),
    ('[深维海湾（上海）智能科技有限公司]2', 'company:deepwei-haiwan-shanghai'),
    ('[新片区]建', 'zone:shanghai-ftz-lingang'),
    ('[深维海湾工业大模型训练中心]，', 'project:deepwei-haiwan-model-training-center'),
    ('[海湾智算]总', 'company:shanghai-haiwan-computing'),
    ('[洋山特殊综合保税区]是', 'zone:yangshan-special-bonded-zone'),
    ('[新片区]开', 'zone:shanghai-ftz-lingang'),
    ('[星海航空服务集团]投', 'company:xinghai-aviation-services-group'),
    ('[星海航空发动机保税维修中心]去', 'project:xinghai-engine-bonded-mro-center'),
    ('[洋山特综保区]开', 'zone:yangshan-special-bonded-zone'),
    ('[星海航空]是', 'company:xinghai-aviation-services-group'),
    ('[航空产业]服', 'cluster:aviation'),
    ('[上海滴水数据科技有限公司]投', 'company:shanghai-dishui-data-tech'),
    ('[临港国际数据港一期]已', 'project:lingang-intl-data-port-phase1'),
    ('[滴水数据]是', 'company:shanghai-dishui-data-tech'),
    ('[上海临港数字产业集团有限公司]的', 'company:shanghai-lingang-digital-industry-group'),
    ('[汽车产业链]持', 'cluster:automobile'),
    ('[新片区]同', 'zone:shanghai-ftz-lingang'),
    ('[凌跃汽车公司]的', 'company:lingyue-motors'),
    ('[凌跃汽车科技（上海）有限公司]（', 'company:lingyue-auto-tech-shanghai'),
    ('[凌跃上海]”', 'company:lingyue-auto-tech-shanghai'),
    ('[凌跃超级工厂二期]，', 'project:lingyue-gigafactory-phase2'),
    ('[上海恒驰汽车零部件有限公司]、', 'company:shanghai-hengchi-auto-parts'),
    ('[上海博翼热管理系统有限公司]等', 'company:shanghai-boyi-thermal'),
    ('[汽车零部件]企', 'cluster:auto-parts'),
    ('[恒驰零部件]生', 'company:shanghai-hengchi-auto-parts'),
    ('[凌跃上海]。', 'company:lingyue-auto-tech-shanghai'),
    ('[新片区]相', 'zone:shanghai-ftz-lingang'),
    ('[集成电路]、', 'cluster:integrated-circuits'),
    ('[人工智能]、', 'cluster:artificial-intelligence'),
    ('[航空航天]和', 'cluster:aerospace'),
    ('[新能源汽车]四', 'cluster:new-energy-vehicles'),
    ('[新片区]将', 'zone:shanghai-ftz-lingang'),
]

MENTIONS['e07_yizhuang.txt'] = [
    ('[启衡智能]设', 'company:shenzhen-qiheng-intelligent'),
    ('[具身智能]总', 'cluster:embodied-intelligence'),
    ('[北京亦庄]\n', 'zone:beijing-etdz'),
    ('[深圳启衡智能科技股份有限公司]（', 'company:shenzhen-qiheng-intelligent'),
    ('[启衡智能]”', 'company:shenzhen-qiheng-intelligent'),
    ('[北京经济技术开发区]注', 'zone:beijing-etdz'),
    ('[北京启衡具身智能科技有限公司]（', 'company:beijing-qiheng-embodied'),
    ('[北京启衡]”', 'company:beijing-qiheng-embodied'),
    ('[北京启衡]投', 'company:beijing-qiheng-embodied'),
    ('[启衡具身智能机器人总部基地]。', 'project:qiheng-embodied-hq-base'),
    ('[经开区]核', 'zone:beijing-etdz'),
    ('[启衡智能]在', 'company:shenzhen-qiheng-intelligent'),
    ('[具身智能]项', 'cluster:embodied-intelligence'),
    ('[启衡人形机器人整机产线]和', 'project:qiheng-humanoid-assembly-line'),
    ('[启衡具身智能数据采集训练场]三', 'project:qiheng-data-training-ground'),
    ('[北京亦庄]的', 'zone:beijing-etdz'),
    ('[启衡智能]董', 'company:shenzhen-qiheng-intelligent'),
    ('[北京经开区]是', 'zone:beijing-etdz'),
    ('[机器人产业]生', 'cluster:robotics'),
    ('[具身智能]业', 'cluster:embodied-intelligence'),
    ('[启衡智能]与', 'company:shenzhen-qiheng-intelligent'),
    ('[北京亦创智造投资有限公司]签', 'company:beijing-yichuang-zhizao-investment'),
    ('[北京启衡]增', 'company:beijing-qiheng-embodied'),
    ('[北京奔航汽车有限公司]签', 'company:beijing-benhang-auto'),
    ('[奔航汽车]总', 'company:beijing-benhang-auto'),
    ('[启衡智能]已', 'company:shenzhen-qiheng-intelligent'),
    ('[北京京曜精密减速机有限公司]、', 'company:beijing-jingyao-reducer'),
    ('[北京华芯传感科技有限公司]建', 'company:beijing-huaxin-sensing'),
    ('[经开区]。', 'zone:beijing-etdz'),
    ('[北京启衡]将', 'company:beijing-qiheng-embodied'),
    ('[经开区]国', 'zone:beijing-etdz'),
    ('[国家信创园]，', 'zone:national-xinchuang-park'),
    ('[国家信创园]集', 'zone:national-xinchuang-park'),
    ('[北京麒盾安全技术有限公司]、', 'company:beijing-qidun-security'),
    ('[北京中启软件股份有限公司]等', 'company:beijing-zhongqi-software'),
    ('[信创产业]企', 'cluster:information-innovation'),
    ('[北京启衡]将', 'company:beijing-qiheng-embodied'),
    ('[中启软件]联', 'company:beijing-zhongqi-software'),
    ('[北京经开区]管', 'zone:beijing-etdz'),
    ('[经开区]聚', 'zone:beijing-etdz'),
    ('[新一代信息技术]、', 'cluster:new-generation-it'),
    ('[新能源汽车]、', 'cluster:new-energy-vehicles'),
    ('[生物医药]和', 'cluster:biomedicine'),
    ('[机器人产业]等', 'cluster:robotics'),
    ('[人形机器人]相', 'cluster:humanoid-robots'),
    ('[启衡具身智能机器人总部基地]是', 'project:qiheng-embodied-hq-base'),
    ('[北京经开区]的', 'zone:beijing-etdz'),
    ('[北京京曜精密减速机有限公司]这', 'company:beijing-jingyao-reducer'),
    ('[经开区]还', 'zone:beijing-etdz'),
    ('[北京启衡]开', 'company:beijing-qiheng-embodied'),
    ('[启衡智能]\n', 'company:shenzhen-qiheng-intelligent'),
    ('[启衡智能]成', 'company:shenzhen-qiheng-intelligent'),
    ('[工业机器人]与', 'cluster:robotics'),
    ('[人形机器人]领', 'cluster:humanoid-robots'),
    ('[启衡控股集团有限公司]。', 'company:qiheng-holding-group'),
    ('[启衡（上海）机器人有限公司]负', 'company:qiheng-shanghai-robotics'),
    ('[启衡智能]品', 'company:shenzhen-qiheng-intelligent'),
    ('[北京亦庄]指', 'zone:beijing-etdz'),
    ('[北京经济技术开发区]，', 'zone:beijing-etdz'),
]

MENTIONS['e08_foshan.txt'] = [
    ('[佛山高新区]以', 'zone:foshan-hitech'),
    ('[广东顺和电器集团有限公司]刚', 'company:guangdong-shunhe-electric-group'),
    ('[顺和智能家电灯塔工厂]。', 'project:shunhe-lighthouse-factory'),
    ('[佛山高新区]顺', 'zone:foshan-hitech'),
    ('[顺德园]，', 'zone:foshan-hitech-shunde-park'),
    ('[顺和电器]全', 'company:guangdong-shunhe-electric-group'),
    ('[顺和电器]总', 'company:guangdong-shunhe-electric-group'),
    ('[智能家电产业链]的', 'cluster:smart-home-appliances'),
    ('[顺和电器]近', 'company:guangdong-shunhe-electric-group'),
    ('[佛山美控电子有限公司]、', 'company:foshan-meikong-electronics'),
    ('[佛山恒威电机有限公司]等', 'company:foshan-hengwei-motor'),
    ('[智能家电]配', 'cluster:smart-home-appliances'),
    ('[顺德园]，', 'zone:foshan-hitech-shunde-park'),
    ('[恒威电机]负', 'company:foshan-hengwei-motor'),
    ('[顺和电器]旗', 'company:guangdong-shunhe-electric-group'),
    ('[佛山顺和压缩机有限公司]也', 'company:foshan-shunhe-compressor'),
    ('[顺和压缩机二期]新', 'project:shunhe-compressor-phase2'),
    ('[佛山国家高新技术产业开发区]是', 'zone:foshan-hitech'),
    ('[顺德园]和', 'zone:foshan-hitech-shunde-park'),
    ('[南海园]是', 'zone:foshan-hitech-nanhai-park'),
    ('[高新区]着', 'zone:foshan-hitech'),
    ('[智能家电]、', 'cluster:smart-home-appliances'),
    ('[装备制造]和', 'cluster:equipment-manufacturing'),
    ('[新能源汽车]为', 'cluster:new-energy-vehicles'),
    ('[南海园]，', 'zone:foshan-hitech-nanhai-park'),
    ('[广东南驰新能源汽车有限公司]。', 'company:guangdong-nanchi-nev'),
    ('[南海园]以', 'zone:foshan-hitech-nanhai-park'),
    ('[新能源汽车]和', 'cluster:new-energy-vehicles'),
    ('[汽车零部件]为', 'cluster:auto-parts'),
    ('[南驰汽车]是', 'company:guangdong-nanchi-nev'),
    ('[新能源汽车产业链]链', 'cluster:new-energy-vehicles'),
    ('[南驰汽车]先', 'company:guangdong-nanchi-nev'),
    ('[广东华博动力电池有限公司]、', 'company:guangdong-huabo-power-battery'),
    ('[佛山精铸汽车部件有限公司]签', 'company:foshan-jingzhu-auto-parts'),
    ('[华博动力]随', 'company:guangdong-huabo-power-battery'),
    ('[华博动力电池PACK项目]，', 'project:huabo-pack-project'),
    ('[华博动力]的', 'company:guangdong-huabo-power-battery'),
    ('[佛山华博储能科技有限公司]负', 'company:foshan-huabo-energy-storage'),
    ('[精铸部件]则', 'company:foshan-jingzhu-auto-parts'),
    ('[广州精铸控股有限公司]的', 'company:guangzhou-jingzhu-holding'),
    ('[南驰汽车]生', 'company:guangdong-nanchi-nev'),
    ('[装备制造]是', 'cluster:equipment-manufacturing'),
    ('[高新区]另', 'zone:foshan-hitech'),
    ('[佛山隆森机器人有限公司]是', 'company:foshan-longsen-robotics'),
    ('[机器人产业]的', 'cluster:robotics'),
    ('[顺和智能家电灯塔工厂]交', 'project:shunhe-lighthouse-factory'),
    ('[隆森机器人]投', 'company:foshan-longsen-robotics'),
    ('[隆森协作机器人研发中心]也', 'project:longsen-cobot-rd-center'),
    ('[南海园]动', 'zone:foshan-hitech-nanhai-park'),
    ('[佛山高新区]去', 'zone:foshan-hitech'),
    ('[顺德园]智', 'zone:foshan-hitech-shunde-park'),
    ('[智能家电]产', 'cluster:smart-home-appliances'),
    ('[南海园]整', 'zone:foshan-hitech-nanhai-park'),
    ('[南驰汽车]单', 'company:guangdong-nanchi-nev'),
    ('[高新区]今', 'zone:foshan-hitech'),
    ('[顺德园]占', 'zone:foshan-hitech-shunde-park'),
    ('[高新区]管', 'zone:foshan-hitech'),
    ('[佛山高新区]更', 'zone:foshan-hitech'),
]

UNCERTAIN_MENTIONS['e08_foshan.txt'] = [
    ('[园区]内', 'zone:foshan-hitech-shunde-park', _bare_park + '顺德园, or the parks in general (配套企业反映，园区内标准厂房供不应求)'),
]


RELATIONS = []
UNCERTAIN_RELATIONS = []
def R(h, r, t, f, ev, scope): RELATIONS.append((h, r, t, f, ev, scope))
def U(h, r, t, f, ev, note): UNCERTAIN_RELATIONS.append((h, r, t, f, ev, note))
C = lambda s: 'company:' + s
P = lambda s: 'project:' + s
K_ = lambda s: 'cluster:' + s
_entry = 'entry fields (项目名称 … 建设单位 / 建设地点: the fields of a numbered entry are clauses of its project)'
_block = 'notice block fields (地块位置 … 竞得人 … 拟建项目: the fields of one plot are clauses of that plot)'
_supply = 'supply, not partnership (as dev2 and dev3)'
_only_project = 'only the firm\'s project is placed in the zone (heldout convention: the firm\'s own located_in is uncertain)'
_transitive = 'transitive: the project is placed in the sub-park, not in the zone itself'
_plan = 'task item of the municipal work report (future; as h04 and d01, located_in of a plan item is uncertain)'

# ---- e01 沈阳 (weekly key-project bulletin with field lines)
f = 'e01_shenyang.txt'; Z = 'zone:shenyang-etdz'; SG = 'zone:sino-german-shenyang-park'; HT = 'zone:shenyang-hitech'; SP = 'zone:shenyang-intl-software-park'
s = ['沈阳经开区本周围绕汽车零部件和高端装备两条产业链新签约项目3个']
for c in ('auto-parts', 'high-end-equipment-manufacturing'):
    R(Z, 'focuses_on', K_(c), f, s, 'clause (Z围绕X和Y两条产业链新签约项目)')
s = ['中德园继续以智能制造和工业互联网为主攻方向']
for c in ('intelligent-manufacturing', 'industrial-internet'):
    R(SG, 'focuses_on', K_(c), f, s, 'clause (Z以X和Y为主攻方向)')
for c, p_, name, unit in (('shenyang-beichen-heavy', 'beichen-tbm-base', '一、项目名称：北辰重工大型盾构装备智能制造基地', '建设单位：沈阳北辰重工装备有限公司'),
                          ('shenyang-ruiduo-edrive', 'ruiduo-400k-motor', '二、项目名称：瑞铎年产40万套新能源汽车驱动电机项目', '建设单位：沈阳瑞铎电驱动系统有限公司'),
                          ('liaoning-liaoshu-cloud', 'liaoshu-computing-center-phase1', '三、项目名称：辽数智算中心一期', '建设单位：辽宁辽数云科技有限公司'),
                          ('shenyang-dingsheng-transmission', 'dingsheng-reducer', '四、项目名称：鼎晟工业机器人精密减速器产业化项目', '建设单位：沈阳鼎晟精密传动有限公司'),
                          ('liaoning-huakang-biopharma', 'huakang-protein-workshop', '五、项目名称：华康生物重组蛋白药物原液车间', '建设单位：辽宁华康生物制药有限公司'),
                          ('shenyang-fengsui-food', 'fengsui-central-kitchen', '六、项目名称：丰穗预制菜中央厨房项目', '建设单位：沈阳丰穗食品有限公司')):
    R(C(c), 'owns', P(p_), f, [name, unit], _entry + ': 建设单位')
R(P('beichen-tbm-base'), 'located_in', Z, f, ['建设地点：沈阳经开区开发大路以南'], _entry + ': 建设地点')
R(P('ruiduo-400k-motor'), 'located_in', SG, f, ['建设地点：中德园精益路'], _entry + ': 建设地点')
R(P('liaoshu-computing-center-phase1'), 'located_in', SP, f, ['建设地点：沈阳高新区沈阳国际软件园东区'], _entry + ': 建设地点 (the sub-park)')
R(SP, 'located_in', HT, f, ['建设地点：沈阳高新区沈阳国际软件园东区'], 'clause (Z + sub-park written together: 沈阳高新区沈阳国际软件园, as dev2 高新区草堂科技产业基地)')
R(P('dingsheng-reducer'), 'located_in', Z, f, ['建设地点：经开区（铁西区）'], _entry + ': 建设地点 (bare 经开区; 铁西区 is the district)')
R(P('huakang-protein-workshop'), 'located_in', HT, f, ['建设地点：浑南区创新路（沈阳高新区内）'], _entry + ': 建设地点 (…（沈阳高新区内）)')
s = ['沈阳经开区反映，区内已集聚整车企业沈阳华驰汽车有限公司和沈阳宏川汽车座椅有限公司、沈阳恒达车灯有限公司等汽车零部件企业400余家']
for c in ('shenyang-huachi-auto', 'shenyang-hongchuan-seating', 'shenyang-hengda-lamps'):
    R(C(c), 'located_in', Z, f, s, 'sentence (Z反映，区内已集聚A和B、C等…: 区内 = 沈阳经开区)')
for c in ('shenyang-hongchuan-seating', 'shenyang-hengda-lamps'):
    R(C(c), 'member_of', K_('auto-parts'), f, s, 'clause (B、C等X企业)')
R(C('shenyang-beichen-heavy'), 'subsidiary_of', C('liaoning-beichen-holding'), f, ['建设单位系辽宁北辰控股集团有限公司全资子公司'], 'sentence (建设单位系A全资子公司: 建设单位 = the entry\'s firm)')
s = ['该公司由德国埃尔曼驱动技术股份公司与沈阳盛京汽车产业投资有限公司合资组建，德方控股60%']
R(C('shenyang-ruiduo-edrive'), 'subsidiary_of', C('ehrmann-drive'), f, s, 'sentence (该公司由A与B合资组建，德方控股60%: control stated)')
R(C('ehrmann-drive'), 'partners_with', C('shengjing-auto-investment'), f, s, 'clause (A与B合资组建: joint venture, as dev2)')
R(C('liaoning-liaoshu-cloud'), 'partners_with', C('shenyang-xinzhilian-software'), f, ['辽数云已与沈阳新智联软件股份有限公司签署算力服务框架协议'], 'clause (A已与B签署…框架协议)')
R(C('shenyang-beichen-heavy'), 'member_of', K_('engineering-machinery'), f, ['北辰重工深耕工程机械领域二十余年'], 'clause (A深耕X领域, as dev3 d03)')
R(C('shenyang-dingsheng-transmission'), 'member_of', K_('robotics'), f, ['鼎晟精密是沈阳机器人产业链上的关键零部件配套企业'], 'clause (A是…X产业链上的…配套企业)')
R(C('liaoning-huakang-biopharma'), 'member_of', K_('biopharma'), f, ['华康生物专注生物制药领域'], 'clause (A专注X领域)')
R(C('shenyang-fengsui-food'), 'member_of', K_('prepared-food'), f, ['丰穗食品是本地预制菜龙头企业'], 'clause (A是…X龙头企业)')
U(C('shenyang-ruiduo-edrive'), 'located_in', SG, f, ['建设地点：中德园精益路'], _only_project)
U(C('shenyang-beichen-heavy'), 'located_in', Z, f, ['建设地点：沈阳经开区开发大路以南'], _only_project)
U(C('shenyang-dingsheng-transmission'), 'located_in', Z, f, ['建设地点：经开区（铁西区）'], _only_project)
U(C('liaoning-huakang-biopharma'), 'located_in', HT, f, ['建设地点：浑南区创新路（沈阳高新区内）'], _only_project)
U(C('liaoning-liaoshu-cloud'), 'located_in', SP, f, ['建设地点：沈阳高新区沈阳国际软件园东区'], _only_project)
U(P('liaoshu-computing-center-phase1'), 'located_in', HT, f, ['建设地点：沈阳高新区沈阳国际软件园东区'], _transitive)
U(C('shenyang-huachi-auto'), 'partners_with', C('shenyang-ruiduo-edrive'), f, ['投产后产品主要供应沈阳华驰汽车有限公司等整车企业'], _supply)
U(C('shenyang-ruiduo-edrive'), 'subsidiary_of', C('shengjing-auto-investment'), f, ['该公司由德国埃尔曼驱动技术股份公司与沈阳盛京汽车产业投资有限公司合资组建'], 'minority joint-venture parent (德方控股60%): not a parent in control')
U(C('shenyang-xinzhilian-software'), 'member_of', K_('software-info-services'), f, ['建成后可为园区内软件和信息服务业企业提供算力租赁', '辽数云已与沈阳新智联软件股份有限公司签署算力服务框架协议'], 'the client is a software firm by its name; the text does not say it is one of the 软件和信息服务业企业')
U(C('shenyang-xinzhilian-software'), 'located_in', SP, f, ['建成后可为园区内软件和信息服务业企业提供算力租赁', '辽数云已与沈阳新智联软件股份有限公司签署算力服务框架协议'], 'the client may be one of the park\'s firms (园区内…企业); not stated')

# ---- e02 大连 (land-transfer result notice mixed with news)
f = 'e02_dalian.txt'; J = 'zone:dalian-jinpu-new-area'; D = 'zone:dalian-etdz'
for c, p_, pos, win, proj in (('dalian-haiheng-bearing', 'haiheng-wind-bearing-base', ('地块位置：大连经济技术开发区淮河中路以北', D), '竞得人：大连海衡精密轴承有限公司', '拟建项目：海衡大兆瓦风电主轴轴承生产基地'),
                              ('dalian-runyang-new-materials', 'runyang-hydrogen-cylinder', ('地块位置：大连经济技术开发区东北二街南侧', D), '竞得人：大连润洋新材料科技有限公司', '拟建项目：润洋氢能储运复合材料气瓶项目'),
                              ('dalian-gangwan-cold-chain', 'gangwan-cold-chain-hub', ('地块位置：金普新区二十里堡街道临港路西侧', J), '竞得人：大连港湾冷链物流有限公司', '拟建项目：港湾东北亚冷链分拨中心')):
    R(C(c), 'owns', P(p_), f, [win, proj], _block + ': the winning bidder builds the proposed project')
    R(P(p_), 'located_in', pos[1], f, [pos[0], proj], _block + ': 地块位置 of the proposed project')
    if c != 'dalian-runyang-new-materials':  # its placement is gold below (在开发区全资设立)
        U(C(c), 'located_in', pos[1], f, [pos[0], win], 'the bidder wins land in the zone; its own presence there is not stated (' + _only_project + ')')
R(C('dalian-haiheng-bearing'), 'subsidiary_of', C('dalian-haiheng-group'), f, ['这家企业是大连海衡集团有限公司的控股子公司'], 'sentence (这家企业 = 海衡轴承 of the sentence before: B是A的控股子公司)')
R(C('dalian-haiheng-bearing'), 'partners_with', C('dalian-aolun-wind'), f, ['海衡轴承将按已签订的三年期供货协议，向大连奥伦风电设备有限公司批量交付主轴轴承'], 'clause (a signed multi-year 供货协议 is gold, as dev2 d01 and dev3)')
R(C('dalian-aolun-wind'), 'located_in', D, f, ['奥伦风电同样位于开发区'], 'clause (A同样位于Z)')
R(C('dalian-aolun-wind'), 'member_of', K_('wind-power'), f, ['奥伦风电同样位于开发区，是新区风电装备产业链的整机龙头'], 'clause (A…是Z X产业链的整机龙头)')
U(C('dalian-aolun-wind'), 'located_in', J, f, ['奥伦风电同样位于开发区，是新区风电装备产业链的整机龙头'], 'transitive (in 开发区, which the new area administers) / implied by 新区…产业链的整机龙头')
R(C('dalian-runyang-new-materials'), 'subsidiary_of', C('shanghai-runyang-composites'), f, ['另一宗地的竞得人润洋新材料，由上海润洋复材集团股份有限公司于去年在开发区全资设立'], 'clause (B由A全资设立)')
R(C('dalian-runyang-new-materials'), 'located_in', D, f, ['另一宗地的竞得人润洋新材料，由上海润洋复材集团股份有限公司于去年在开发区全资设立'], 'clause (在Z全资设立)')
R(C('dalian-runyang-new-materials'), 'partners_with', C('dalian-hanhai-energy'), f, ['项目投产后将与大连瀚海能源装备有限公司联合开发车载储氢系统'], 'sentence (公司负责人说 …将与A联合开发: planned cooperation, stated by the firm)')
U(C('dalian-runyang-new-materials'), 'partners_with', 'org:dalian-university-of-technology', f, ['并与大连理工大学共建复合材料实验室'], 'partner is an organization (university), as the held-out set')
R(C('dalian-qiming-intelligent-equipment'), 'owns', P('qiming-welding-line'), f, ['大连启明智能装备有限公司投资5.5亿元建设的启明机器人焊装线产业化项目'], 'clause (A投资N亿元建设的B)')
R(P('qiming-welding-line'), 'located_in', D, f, ['启明机器人焊装线产业化项目去年12月在开发区竣工'], 'clause (B…在Z竣工)')
U(C('dalian-qiming-intelligent-equipment'), 'located_in', D, f, ['启明机器人焊装线产业化项目去年12月在开发区竣工'], _only_project)
R(C('dalian-derui-precision'), 'subsidiary_of', C('klein-machinery-group'), f, ['大连德瑞精工机械有限公司是德国克莱恩机械集团设立的外商独资企业'], 'clause (B是A设立的外商独资企业: wholly owned)')
R(C('dalian-derui-precision'), 'owns', P('derui-spindle-plant'), f, ['其德瑞精密机床主轴工厂今年3月试产'], 'clause (其B; 其 = 大连德瑞精工机械有限公司)')
U(P('derui-spindle-plant'), 'located_in', J, f, ['记者从新区自然资源部门了解到，去年以“标准地”方式落地的两个项目已全部投产'], 'paragraph frame set by the new area\'s department (去年…落地的两个项目); the plant itself is not placed')
U(P('qiming-welding-line'), 'located_in', J, f, ['记者从新区自然资源部门了解到，去年以“标准地”方式落地的两个项目已全部投产'], 'transitive (in 开发区) / paragraph frame')
R(D, 'located_in', J, f, ['金普新区是全国第十个国家级新区，下辖的大连经济技术开发区'], 'clause (Z…下辖的sub-zone)')
s = ['新区聚焦高端装备制造、新能源和冷链物流三大方向精准供地']
for c in ('high-end-equipment-manufacturing', 'new-energy', 'cold-chain-logistics'):
    R(J, 'focuses_on', K_(c), f, s, 'clause (Z聚焦X、Y和W三大方向)')
R(D, 'focuses_on', K_('integrated-circuits'), f, ['开发区则把集成电路作为首位产业'], 'clause (Z把X作为首位产业)')
s = ['区内的大连芯恒半导体有限公司、大连科锐微电子有限公司等集成电路企业今年均有扩产计划']
for c in ('dalian-xinheng-semiconductor', 'dalian-kerui-microelectronics'):
    R(C(c), 'located_in', D, f, s, 'sentence (区内 = 开发区, the subject of the clause before)')
    R(C(c), 'member_of', K_('integrated-circuits'), f, s, 'clause (A、B等X企业)')
R(C('dalian-haiheng-bearing'), 'member_of', K_('wind-power'), f, ['截至目前，新区风电产业集群已集聚整机及配套企业60余家，奥伦风电、海衡轴承均在其列'], 'sentence (X产业集群已集聚…企业，A、B均在其列)')
U(C('dalian-haiheng-bearing'), 'located_in', J, f, ['截至目前，新区风电产业集群已集聚整机及配套企业60余家，奥伦风电、海衡轴承均在其列'], 'placement through the new area\'s cluster (新区风电产业集群…均在其列): implied')
U(J, 'focuses_on', K_('wind-power'), f, ['截至目前，新区风电产业集群已集聚整机及配套企业60余家'], 'the new area has a 风电 cluster (a description, no target verb)')
U(J, 'focuses_on', K_('new-energy-vehicles'), f, ['优先保障新能源汽车、集成电路等链上项目'], 'land priority announced by 开发区管委会 for 全区 (the ETDZ): priority, not a stated target of the new area')
U(D, 'focuses_on', K_('new-energy-vehicles'), f, ['优先保障新能源汽车、集成电路等链上项目'], 'land priority (优先保障X、Y等链上项目): a service priority, not a stated industry target')
U(C('dalian-gangwan-cold-chain'), 'member_of', K_('cold-chain-logistics'), f, ['港湾冷链的项目则是此次唯一一宗仓储用地'], 'a cold-chain firm by its name and business (冷库库容); the cluster word is not used for it')

# ---- e03 昆明 (press-conference transcript)
f = 'e03_kunming.txt'; Z = 'zone:kunming-hitech'; M = 'zone:majinpu-base'
s = ['高新区的生物医药、新材料、电子信息三大主导产业贡献了八成增量']
for c in ('biomedicine', 'new-materials', 'electronic-information'):
    R(Z, 'focuses_on', K_(c), f, s, 'clause (Z的X、Y、W三大主导产业)')
R(Z, 'focuses_on', K_('digital-economy'), f, ['数字经济是高新区重点培育的新兴产业'], 'clause (X是Z重点培育的新兴产业)')
R(C('yunling-kangtai-pharma'), 'owns', P('kangtai-sanqi-drug-base'), f, ['云岭康泰药业股份有限公司投资18亿元的康泰三七创新药产业化基地'], 'clause (A投资N亿元的B)')
R(P('kangtai-sanqi-drug-base'), 'located_in', M, f, ['康泰三七创新药产业化基地，已在马金铺高新技术产业基地开工'], 'clause (B，已在sub-park开工)')
U(P('kangtai-sanqi-drug-base'), 'located_in', Z, f, ['康泰三七创新药产业化基地，已在马金铺高新技术产业基地开工'], _transitive + ' (the answer is about the zone\'s new 生物医药 projects)')
U(C('yunling-kangtai-pharma'), 'located_in', M, f, ['康泰三七创新药产业化基地，已在马金铺高新技术产业基地开工'], _only_project)
R(C('yunling-kangtai-pharma'), 'member_of', K_('modern-tcm'), f, ['康泰药业是省内现代中药领域的龙头企业'], 'clause (A是…X领域的龙头企业)')
R(C('dianning-biotech'), 'owns', P('dianning-mrna-pilot-workshop'), f, ['滇宁生物科技有限公司的滇宁mRNA疫苗中试车间'], 'clause (A的B, as dev2)')
s = ['该车间由滇宁生物与上海启源医药研究院有限公司共同投资']
R(C('shanghai-qiyuan-pharma-research'), 'owns', P('dianning-mrna-pilot-workshop'), f, s, 'sentence (该车间由A与B共同投资: both investors own it)')
R(C('dianning-biotech'), 'partners_with', C('shanghai-qiyuan-pharma-research'), f, s, 'clause (A与B共同投资)')
U(P('dianning-mrna-pilot-workshop'), 'located_in', Z, f, ['另外，滇宁生物科技有限公司的滇宁mRNA疫苗中试车间3月投入使用'], 'the answer lists the zone\'s new projects, but the workshop itself is not placed')
R(M, 'located_in', Z, f, ['马金铺基地是高新区的产业拓展区'], 'clause (sub-park是Z的产业拓展区)')
s = ['基地内的昆明铂源新材料有限公司、云南锗科光电材料有限公司都是稀土新材料和贵金属材料方向的重点企业']
for c in ('kunming-boyuan-new-materials', 'yunnan-zeke-optoelectronic-materials'):
    R(C(c), 'located_in', M, f, s, 'sentence (基地内 = 马金铺基地, the subject of the sentence before)')
    R(C(c), 'member_of', K_('rare-earth-materials'), f, s, 'clause (A、B都是X和…方向的重点企业)')
R(C('kunming-fenghua-medical-devices'), 'subsidiary_of', C('fenghua-medical-group'), f, ['新加坡丰华医疗集团旗下的昆明丰华医疗器械有限公司'], 'clause (A旗下的B)')
R(C('kunming-fenghua-medical-devices'), 'owns', P('fenghua-consumables-line'), f, ['昆明丰华医疗器械有限公司追加投资3亿元，建设丰华高值耗材生产线'], 'clause (A追加投资…，建设B)')
U(C('kunming-fenghua-medical-devices'), 'located_in', Z, f, ['一季度全区实际使用外资1.2亿美元', '这些企业为什么选择这里'], '全区 and 这里 mean the zone, and 追加投资 implies presence; not stated for the firm')
U(P('fenghua-consumables-line'), 'located_in', Z, f, ['一季度全区实际使用外资1.2亿美元', '这些企业为什么选择这里'], 'paragraph about 全区\'s foreign investment; the line itself is not placed')
R(C('siam-food-group'), 'partners_with', C('yunnan-dianwei-food'), f, ['泰国暹罗食品集团也与云南滇味食品有限公司签署协议'], 'clause (A与B签署协议，合作…)')
R(C('kunming-shulan-tech'), 'owns', P('shulan-cloud-center'), f, ['昆明数澜科技有限公司投资6亿元的数澜面向南亚东南亚的云计算中心'], 'clause (A投资N亿元的B)')
R(P('shulan-cloud-center'), 'located_in', Z, f, ['数澜面向南亚东南亚的云计算中心在高新区一期主体完工'], 'clause (B在Z…完工)')
U(C('kunming-shulan-tech'), 'located_in', Z, f, ['数澜面向南亚东南亚的云计算中心在高新区一期主体完工'], _only_project)
R(C('kunming-shulan-tech'), 'subsidiary_of', C('beijing-shulan-group'), f, ['数澜科技是北京数澜集团有限公司的全资子公司'], 'clause (B是A的全资子公司)')
s = ['昆明云途软件有限公司、云南星图信息技术有限公司等软件和信息服务企业一季度营收均实现两位数增长']
for c in ('kunming-yuntu-software', 'yunnan-xingtu-it'):
    R(C(c), 'member_of', K_('software-info-services'), f, s, 'clause (A、B等X企业)')
    U(C(c), 'located_in', Z, f, s, 'the answer is about the zone\'s 数字经济, but the sentence does not place the firms (同时，A、B等…企业…增长)')
R(C('kunming-yuntu-software'), 'partners_with', C('yunnan-xingtu-it'), f, ['云途软件还与星图信息组成联合体'], 'clause (A与B组成联合体, as dev2 结成…联合体)')
s = ['区内电子信息企业昆明云芯微电子有限公司和昆明华澜光电科技有限公司一季度共招收应届生260人']
for c in ('kunming-yunxin-microelectronics', 'kunming-hualan-optoelectronics'):
    R(C(c), 'located_in', Z, f, s, 'clause (区内X企业A和B: 区内 = 高新区, the zone the question and answer are about)')
    R(C(c), 'member_of', K_('electronic-information'), f, s, 'clause (X企业A和B)')
s = ['滇宁生物是昆明高新区疫苗产业的骨干企业']
R(C('dianning-biotech'), 'member_of', K_('vaccines'), f, s, 'clause (A是Z X产业的骨干企业)')
R(C('dianning-biotech'), 'located_in', Z, f, s, 'clause (A是Z X产业的骨干企业, as dev3 `Z整车企业A`)')
R(C('dianning-biotech'), 'partners_with', C('yunnan-huayu-pharma-logistics'), f, ['去年已与云南华昱医药物流有限公司建立冷链配送合作'], 'clause (A…与B建立…合作)')
U(C('kunming-fenghua-medical-devices'), 'member_of', K_('medical-devices'), f, ['新加坡丰华医疗集团旗下的昆明丰华医疗器械有限公司'], 'industry only inside the firm\'s name (医疗器械 has no gold mention)')

# ---- e04 南宁 (municipal government work report, excerpt)
f = 'e04_nanning.txt'; H = 'zone:nanning-hitech'; E = 'zone:nanning-etdz'; F = 'zone:nanning-ftz-area'; B = 'zone:nanning-comprehensive-bonded-zone'
_topic = 'sentence (review part: the sentence opens with the zone as its topic and reports the project, as a zone\'s project paragraph)'
R(C('guangxi-ruilin-optoelectronics'), 'owns', P('ruilin-display-module-base'), f, ['广西瑞霖光电科技有限公司投资30亿元的瑞霖新型显示模组基地一期建成投产'], 'clause (A投资N亿元的B)')
R(P('ruilin-display-module-base'), 'located_in', H, f, ['南宁高新技术产业开发区电子信息集群加速成形，广西瑞霖光电科技有限公司投资30亿元的瑞霖新型显示模组基地一期建成投产'], _topic)
U(C('guangxi-ruilin-optoelectronics'), 'located_in', H, f, ['南宁高新技术产业开发区电子信息集群加速成形，广西瑞霖光电科技有限公司投资30亿元的'], _only_project)
R(C('nanning-xinqiao-microelectronics'), 'located_in', H, f, ['南宁芯桥微电子有限公司等12家配套企业随之落地南宁高新区'], 'clause (A等…企业随之落地Z)')
R(C('nanning-yongchi-auto'), 'owns', P('yongchi-commercial-ev-base'), f, ['南宁邕驰汽车有限公司的邕驰新能源商用车基地满产运行'], 'clause (A的B)')
R(P('yongchi-commercial-ev-base'), 'located_in', E, f, ['南宁经济技术开发区整车产能突破40万辆，南宁邕驰汽车有限公司的邕驰新能源商用车基地满产运行'], _topic)
U(C('nanning-yongchi-auto'), 'located_in', E, f, ['南宁经济技术开发区整车产能突破40万辆，南宁邕驰汽车有限公司的'], _only_project)
U(C('guangxi-guineng-power-battery'), 'partners_with', C('nanning-yongchi-auto'), f, ['广西桂能动力电池有限公司作为其电池包供应商在江南区扩建了第二工厂'], _supply + ' (作为其电池包供应商)')
U(C('guangxi-guineng-power-battery'), 'located_in', E, f, ['广西桂能动力电池有限公司作为其电池包供应商在江南区扩建了第二工厂'], 'the plant is placed in 江南区 (a district that hosts the ETDZ), not in the zone')
R(B, 'located_in', F, f, ['南宁片区内的南宁综合保税区'], 'clause (sub-zone: Z内的B)')
R(C('guangxi-dongxin-digital'), 'owns', P('asean-cross-border-data-center'), f, ['东盟跨境数据服务中心由广西东信数字科技有限公司建成运营'], 'clause (B由A建成运营)')
R(P('asean-cross-border-data-center'), 'located_in', F, f, ['中国（广西）自由贸易试验区南宁片区新设企业1.1万家，南宁片区内的南宁综合保税区进出口额增长21%，东盟跨境数据服务中心由'], _topic)
U(C('guangxi-dongxin-digital'), 'located_in', F, f, ['东盟跨境数据服务中心由广西东信数字科技有限公司建成运营'], _only_project)
R(C('guangxi-liutong-machinery-group'), 'owns', P('liutong-agri-machinery-park'), f, ['南宁经开区与广西柳通机械集团有限公司签约共建柳通智能农机装备产业园'], 'clause (Z与A签约共建B: a co-builder owns, as dev3 d04)')
R(P('liutong-agri-machinery-park'), 'located_in', E, f, ['南宁经开区与广西柳通机械集团有限公司签约共建柳通智能农机装备产业园'], 'clause (the zone co-builds the park: 在Z建设)')
R(C('guangxi-liutong-machinery-group'), 'located_in', E, f, ['柳通机械将把农机装备整机总装线由柳州整体迁入经开区'], 'clause (A将把…迁入Z: future placement, as dev3 d02)')
U(C('guangxi-liutong-machinery-group'), 'member_of', K_('agricultural-machinery'), f, ['柳通机械将把农机装备整机总装线由柳州整体迁入经开区'], 'line of business (农机装备整机总装线), not stated as membership')
s = ['南宁高新区引进的广西微澜生物医药有限公司、南宁和睿医疗科技有限公司等生物医药企业相继投产']
for c in ('guangxi-weilan-biomedicine', 'nanning-herui-medical-tech'):
    R(C(c), 'located_in', H, f, s, 'clause (Z引进的A、B等…企业)')
    R(C(c), 'member_of', K_('biomedicine'), f, s, 'clause (A、B等X企业)')
R(C('guangxi-tongtu-supply-chain'), 'owns', P('tongtu-asean-ecommerce-warehouse'), f, ['广西通途供应链管理有限公司的通途中国—东盟跨境电商集货仓'], 'clause (A的B)')
R(P('tongtu-asean-ecommerce-warehouse'), 'located_in', B, f, ['通途中国—东盟跨境电商集货仓在南宁综合保税区启用'], 'clause (B在Z启用)')
U(C('guangxi-tongtu-supply-chain'), 'located_in', B, f, ['通途中国—东盟跨境电商集货仓在南宁综合保税区启用'], _only_project)
U(P('tongtu-asean-ecommerce-warehouse'), 'located_in', F, f, ['通途中国—东盟跨境电商集货仓在南宁综合保税区启用'], 'transitive (the bonded zone lies in 南宁片区)')
R(C('nanning-taihe-auto-parts'), 'partners_with', C('nanning-yongchi-auto'), f, ['南宁泰和汽车零部件有限公司则与邕驰汽车签订了为期五年的战略合作协议'], 'clause (A与B签订…战略合作协议)')
s = ['支持南宁高新区做强电子信息、壮大生物医药']
for c in ('electronic-information', 'biomedicine'):
    R(H, 'focuses_on', K_(c), f, s, 'clause (task item: 支持Z做强X、壮大Y; the city states the zone\'s targets)')
R(C('guangxi-ruilin-optoelectronics'), 'partners_with', C('nanning-xinqiao-microelectronics'), f, ['推动广西瑞霖光电科技有限公司与南宁芯桥微电子有限公司联合攻关驱动芯片封装'], 'clause (task item: A与B联合攻关; stated inside an item, as d01)')
s = ['引导广西万生药业集团有限公司把创新药研发总部设在高新区，由其子公司南宁万生生物技术有限公司承担万生单抗药物中试平台建设']
R(C('nanning-wansheng-biotech'), 'subsidiary_of', C('guangxi-wansheng-pharma-group'), f, s, 'sentence (其子公司B; 其 = 广西万生药业集团有限公司)')
R(C('nanning-wansheng-biotech'), 'owns', P('wansheng-antibody-pilot-platform'), f, s, 'clause (由B承担C建设: the builder)')
U(C('guangxi-wansheng-pharma-group'), 'located_in', H, f, s, _plan + ' (把…研发总部设在高新区)')
U(P('wansheng-antibody-pilot-platform'), 'located_in', H, f, s, _plan)
s = ['推动南宁经开区围绕新能源汽车和汽车零部件延链补链']
for c in ('new-energy-vehicles', 'auto-parts'):
    R(E, 'focuses_on', K_(c), f, s, 'clause (task item: 推动Z围绕X和Y延链补链)')
R(C('guangxi-guineng-power-battery'), 'owns', P('guineng-storage-battery-rd-center'), f, ['支持桂能动力建设桂能储能电池研发中心'], 'clause (task item: 支持A建设B)')
U(P('guineng-storage-battery-rd-center'), 'located_in', E, f, ['支持桂能动力建设桂能储能电池研发中心'], _plan + ' (under the ETDZ paragraph)')
s = ['发挥南宁片区制度创新优势，重点发展跨境电商、数字贸易和现代金融']
for c in ('cross-border-ecommerce', 'digital-trade', 'modern-finance'):
    R(F, 'focuses_on', K_(c), f, s, 'clause (task item: 发挥Z…优势，重点发展X、Y和W)')
R(C('guangxi-dongxin-digital'), 'subsidiary_of', C('beibuwan-digital-industry-group'), f, ['广西东信数字科技有限公司是北部湾数字产业集团有限公司旗下企业'], 'clause (B是A旗下企业)')
R(C('guangxi-dongxin-digital'), 'partners_with', C('vietnam-hagiang-telecom'), f, ['今年将与越南河江电讯股份公司合作开通第二条跨境数据专线'], 'sentence (…广西东信…，今年将与A合作开通…: planned cooperation stated for the firm)')
R(B, 'focuses_on', K_('bonded-logistics'), f, ['南宁综合保税区要大力发展保税物流产业和电子信息加工贸易'], 'clause (task item: Z要大力发展X)')
U(B, 'focuses_on', K_('electronic-information'), f, ['南宁综合保税区要大力发展保税物流产业和电子信息加工贸易'], '电子信息 qualifies 加工贸易 (processing trade): a trade mode more than the industry')
U(C('nanning-jiexun-telecom-equipment'), 'located_in', B, f, ['引进南宁捷讯通信设备有限公司等整机企业'], _plan)

# ---- e05 福州 (the zone's 招商推介 post on its WeChat account)
f = 'e05_fuzhou.txt'; Z = 'zone:fuzhou-hitech'; HX = 'zone:haixi-hitech-park'
_post = 'paragraph (a ▶ section of the zone\'s own post; the elided subject is the zone, the author)'
R(HX, 'located_in', Z, f, ['海西高新技术产业园是高新区的核心园区'], 'clause (sub-park是Z的核心园区)')
s = ['高新区已形成光电信息、生物医药、数字经济三大主导产业']
for c in ('optoelectronics', 'biomedicine', 'digital-economy'):
    R(Z, 'focuses_on', K_(c), f, s, 'clause (Z已形成X、Y、W三大主导产业)')
R(Z, 'focuses_on', K_('new-materials'), f, ['▶新材料：这是正在培育的新兴板块'], _post + ': X：这是正在培育的新兴板块')
s = ['重点引进石墨烯和高性能纤维项目']
for c in ('graphene', 'high-performance-fibers'):
    R(Z, 'focuses_on', K_(c), f, s, _post + ': 重点引进X和Y项目')
s = ['高新区以光电信息为首位产业，集聚了福建晶科光电股份有限公司、福州闽光激光技术有限公司等龙头企业']
for c in ('fujian-jingke-optoelectronics', 'fuzhou-minguang-laser'):
    R(C(c), 'located_in', Z, f, s, 'clause (Z…集聚了A、B等龙头企业)')
    R(C(c), 'member_of', K_('optoelectronics'), f, s, 'sentence (Z以X为首位产业，集聚了A、B等龙头企业)')
s = ['以福建康联生物制药有限公司、福州瑞宁医疗器械有限公司为代表的生物医药企业超过200家']
for c in ('fujian-kanglian-biopharma', 'fuzhou-ruining-medical-devices'):
    R(C(c), 'member_of', K_('biomedicine'), f, s, 'clause (以A、B为代表的X企业)')
    U(C(c), 'located_in', Z, f, s, 'a firm that represents the zone\'s cluster (以A为代表), as the held-out set')
R(C('fujian-kanglian-biopharma'), 'owns', P('kanglian-antibody-base'), f, ['康联生物投资8亿元建设的康联抗体药物产业化基地'], 'clause (A投资N亿元建设的B)')
U(P('kanglian-antibody-base'), 'located_in', Z, f, ['康联生物投资8亿元建设的康联抗体药物产业化基地将于年内投产'], 'only the ▶ section of the zone\'s post frames it; not placed')
s = ['福州星网智联科技有限公司是福建星网控股集团有限公司旗下专注工业互联网的企业']
R(C('fuzhou-xingwang-zhilian'), 'subsidiary_of', C('fujian-xingwang-holding'), f, s, 'clause (B是A旗下…的企业)')
R(C('fuzhou-xingwang-zhilian'), 'member_of', K_('industrial-internet'), f, s, 'clause (…专注X的企业)')
R(C('fuzhou-xingwang-zhilian'), 'owns', P('xingwang-identifier-node'), f, ['其星网工业互联网标识解析二级节点已接入企业1500家'], 'clause (其B; 其 = 福州星网智联科技有限公司)')
R(C('fujian-xiyuan-new-materials'), 'owns', P('xiyuan-graphene-film-project'), f, ['烯源石墨烯导热膜产业化项目由福建烯源新材料科技有限公司投资4.2亿元建设'], 'clause (B由A投资N亿元建设)')
R(P('xiyuan-graphene-film-project'), 'located_in', HX, f, ['投资4.2亿元建设，落户海西园'], 'clause (B…，落户sub-park)')
U(P('xiyuan-graphene-film-project'), 'located_in', Z, f, ['投资4.2亿元建设，落户海西园'], _transitive)
R(C('fuzhou-hitech-investment-holding'), 'owns', P('haixi-digital-economy-tower'), f, ['由福州高新区投资控股有限公司投资建设的海西园数字经济产业大厦'], 'clause (由A投资建设的B)')
R(P('haixi-digital-economy-tower'), 'located_in', HX, f, ['海西园目前可供租赁的研发楼宇约25万平方米。由福州高新区投资控股有限公司投资建设的海西园数字经济产业大厦'], 'paragraph (the section opens with 海西园 as its subject; the tower\'s name carries it too)')
for c in ('fuzhou-xingwang-zhilian', 'fuzhou-shulian-it'):
    U(C(c), 'located_in', HX, f, ['星网智联、福州数联信息技术有限公司等首批12家企业已入驻大厦'], 'transitive: the firms move into the tower (a project), which is in the sub-park')
U(C('fuzhou-hitech-investment-holding'), 'owns', P('hitech-optoelectronics-accelerator'), f, ['由高新投负责运营'], 'operator (负责运营), not owner, investor or builder (as dev3 d01)')
U(P('hitech-optoelectronics-accelerator'), 'located_in', Z, f, ['位于上街镇的高新区光电产业加速器'], 'placed in 上街镇 (a town); the zone only in the project\'s name')
s = ['瑞宁医疗与康联生物签订战略合作协议']
R(C('fuzhou-ruining-medical-devices'), 'partners_with', C('fujian-kanglian-biopharma'), f, s, 'clause (A与B签订战略合作协议)')
R(C('fuzhou-ruining-medical-devices'), 'subsidiary_of', C('xiamen-ruining-medical-group'), f, ['公司的母公司厦门瑞宁医疗集团股份有限公司'], 'clause (公司的母公司A; 公司 = 瑞宁医疗, the subject of the sentence before)')
U(C('xiamen-ruining-medical-group'), 'located_in', HX, f, ['也决定把研发中心从厦门迁至园区'], 'future move of its R&D centre to 园区 (bare 园区: an uncertain mention)')
R(C('fuzhou-ruining-medical-devices'), 'owns', P('ruining-interventional-devices-line'), f, ['瑞宁医疗还将在海西园建设瑞宁微创介入器械生产线'], 'clause (A将在Z建设B)')
R(P('ruining-interventional-devices-line'), 'located_in', HX, f, ['瑞宁医疗还将在海西园建设瑞宁微创介入器械生产线'], 'clause (在sub-park建设B)')
U(C('fuzhou-ruining-medical-devices'), 'located_in', HX, f, ['瑞宁医疗还将在海西园建设瑞宁微创介入器械生产线'], _only_project)
R(C('fuzhou-minguang-laser'), 'partners_with', C('fujian-jingke-optoelectronics'), f, ['闽光激光已和晶科光电组成联合体'], 'clause (A和B组成联合体)')
U(Z, 'focuses_on', K_('laser'), f, ['重点面向激光和光通信初创团队'], 'the accelerator\'s tenant target (a project\'s focus), not the zone\'s')
U(Z, 'focuses_on', K_('optical-communication'), f, ['重点面向激光和光通信初创团队'], 'the accelerator\'s tenant target (a project\'s focus), not the zone\'s')

# ---- e06 临港新片区 (foreign-investment feature)
f = 'e06_lingang.txt'; L = 'zone:shanghai-ftz-lingang'; Y = 'zone:yangshan-special-bonded-zone'
s = ['这家企业是德国赫尔曼精密光学集团在中国（上海）自由贸易试验区临港新片区设立的外商独资企业']
R(C('hermann-optics-shanghai'), 'subsidiary_of', C('hermann-precision-optics-group'), f, s, 'sentence (这家企业 = 赫尔曼光学（上海）: B是A…设立的外商独资企业)')
R(C('hermann-optics-shanghai'), 'located_in', L, f, s, 'sentence (这家企业是A在Z设立的…企业)')
R(C('hermann-optics-shanghai'), 'owns', P('hermann-lithography-objective-base'), f, ['投资2.8亿欧元的赫尔曼光刻物镜亚太生产基地'], 'sentence (这家企业…，投资N亿欧元的B: the subject of the sentence invests)')
U(C('hermann-precision-optics-group'), 'owns', P('hermann-lithography-objective-base'), f, ['投资2.8亿欧元的赫尔曼光刻物镜亚太生产基地'], 'the investor could be read as the group (the nearer name)')
U(P('hermann-lithography-objective-base'), 'located_in', L, f, ['在中国（上海）自由贸易试验区临港新片区设立的外商独资企业，投资2.8亿欧元的赫尔曼光刻物镜亚太生产基地'], 'the firm is placed; the base only by the firm\'s placement and 滴水湖畔')
for c in ('high-end-equipment-manufacturing', 'biomedicine'):
    U(L, 'focuses_on', K_(c), f, ['集成电路、高端装备和生物医药是外资最集中的三个领域'], 'a description of where foreign investment concentrates (外资最集中的三个领域), not a target')
s = ['该公司由日本桐原化学株式会社与上海港城新材料集团有限公司共同出资，双方持股比例为51:49']
R(C('kirihara-chemical'), 'partners_with', C('shanghai-gangcheng-new-materials-group'), f, s, 'clause (A与B共同出资: joint venture)')
U(C('shanghai-linxin-electronic-materials'), 'subsidiary_of', C('kirihara-chemical'), f, s, 'joint venture, 51:49: control is not stated (as dev2 d05)')
U(C('shanghai-linxin-electronic-materials'), 'subsidiary_of', C('shanghai-gangcheng-new-materials-group'), f, s, 'joint venture, 51:49: minority parent')
R(C('shanghai-linxin-electronic-materials'), 'owns', P('linxin-electronic-gas-project'), f, ['其临芯12英寸晶圆用电子特气项目'], 'clause (其B; 其 = 该公司 = 上海临芯电子材料有限公司)')
R(C('shanghai-linxin-electronic-materials'), 'member_of', K_('integrated-circuits'), f, ['在集成电路材料领域，中日合资的上海临芯电子材料有限公司3月正式投产'], 'clause (在X…领域，A…, as dev3 d05 `X领域，A、B等企业`)')
U(C('shanghai-linxin-electronic-materials'), 'located_in', L, f, ['“新片区离客户近，通关又快。”桐原化学中国区代表山本健一说'], 'implied by the partner\'s quote; not stated')
s = ['在生物医药领域，瑞士诺瓦森医疗集团旗下的诺瓦森（上海）生物科技有限公司把亚太区首个细胞治疗工厂放在了临港新片区']
R(C('novasen-shanghai-biotech'), 'subsidiary_of', C('novasen-medical-group'), f, s, 'clause (A旗下的B)')
R(C('novasen-shanghai-biotech'), 'member_of', K_('biomedicine'), f, s, 'clause (在X领域，A…)')
R(C('novasen-shanghai-biotech'), 'located_in', L, f, s, 'clause (B把…工厂放在了Z: the firm sets up its plant, an unnamed facility, in the zone)')
R(C('novasen-medical-group'), 'partners_with', C('shanghai-runkang-biotech'), f, ['诺瓦森已与本土企业上海润康生物技术有限公司签署合作协议'], 'clause (A已与B签署合作协议; bare 诺瓦森 read as the group)')
s = ['英国深维智能有限公司与上海海湾智算科技有限公司合资成立的深维海湾（上海）智能科技有限公司']
R(C('deepwei-intelligence-uk'), 'partners_with', C('shanghai-haiwan-computing'), f, s, 'clause (A与B合资成立的C)')
U(C('deepwei-haiwan-shanghai'), 'subsidiary_of', C('shanghai-haiwan-computing'), f, s + ['外方持股45%'], 'joint venture; the Chinese side holds the rest only by arithmetic: control not stated')
U(C('deepwei-haiwan-shanghai'), 'subsidiary_of', C('deepwei-intelligence-uk'), f, s + ['外方持股45%'], 'joint venture, minority foreign parent')
U(C('deepwei-haiwan-shanghai'), 'member_of', K_('artificial-intelligence'), f, ['人工智能领域同样有新面孔。英国深维智能有限公司'], 'two sentences: the field opens the paragraph, the firm is the next sentence\'s object')
s = ['合资公司计划在新片区建设深维海湾工业大模型训练中心']
R(C('deepwei-haiwan-shanghai'), 'owns', P('deepwei-haiwan-model-training-center'), f, s, 'sentence (合资公司 = 深维海湾（上海）: A计划在Z建设B)')
R(P('deepwei-haiwan-model-training-center'), 'located_in', L, f, s, 'clause (在Z建设B)')
U(C('deepwei-haiwan-shanghai'), 'located_in', L, f, s, _only_project + ' (planned)')
R(Y, 'located_in', L, f, ['洋山特殊综合保税区是新片区开放程度最高的区域'], 'clause (sub-zone是Z…的区域)')
R(C('xinghai-aviation-services-group'), 'owns', P('xinghai-engine-bonded-mro-center'), f, ['新加坡星海航空服务集团投资1.5亿美元的星海航空发动机保税维修中心'], 'clause (A投资N亿美元的B)')
R(P('xinghai-engine-bonded-mro-center'), 'located_in', Y, f, ['星海航空发动机保税维修中心去年在洋山特综保区开工'], 'clause (B在Z开工)')
U(P('xinghai-engine-bonded-mro-center'), 'located_in', L, f, ['星海航空发动机保税维修中心去年在洋山特综保区开工'], _transitive)
U(C('xinghai-aviation-services-group'), 'located_in', Y, f, ['星海航空发动机保税维修中心去年在洋山特综保区开工'], _only_project)
R(C('xinghai-aviation-services-group'), 'member_of', K_('aviation'), f, ['星海航空是东南亚最大的航空产业服务商之一'], 'clause (A是…最大的X服务商之一)')
R(C('shanghai-dishui-data-tech'), 'owns', P('lingang-intl-data-port-phase1'), f, ['由上海滴水数据科技有限公司投资建设的临港国际数据港一期'], 'clause (由A投资建设的B)')
U(P('lingang-intl-data-port-phase1'), 'located_in', L, f, ['临港国际数据港一期已为46家外资企业提供数据出境合规服务'], '临港 only inside the project name')
R(C('shanghai-dishui-data-tech'), 'subsidiary_of', C('shanghai-lingang-digital-industry-group'), f, ['滴水数据是上海临港数字产业集团有限公司的控股子公司'], 'clause (B是A的控股子公司)')
s = ['美国凌跃汽车公司的独资子公司凌跃汽车科技（上海）有限公司']
R(C('lingyue-auto-tech-shanghai'), 'subsidiary_of', C('lingyue-motors'), f, s, 'clause (A的独资子公司B)')
R(C('lingyue-auto-tech-shanghai'), 'owns', P('lingyue-gigafactory-phase2'), f, ['正在推进凌跃超级工厂二期'], 'clause (B…正在推进C)')
_frame = 'paragraph (frame: 新片区同样是外资整车企业的重要布局地, then the example)'
R(C('lingyue-auto-tech-shanghai'), 'located_in', L, f, ['新片区同样是外资整车企业的重要布局地。美国凌跃汽车公司的独资子公司'], _frame)
R(P('lingyue-gigafactory-phase2'), 'located_in', L, f, ['新片区同样是外资整车企业的重要布局地。', '正在推进凌跃超级工厂二期'], _frame)
s = ['区内已集聚上海恒驰汽车零部件有限公司、上海博翼热管理系统有限公司等汽车零部件企业近百家']
for c in ('shanghai-hengchi-auto-parts', 'shanghai-boyi-thermal'):
    R(C(c), 'located_in', L, f, s, 'sentence (区内 = 新片区, the paragraph\'s subject)')
    R(C(c), 'member_of', K_('auto-parts'), f, s, 'clause (A、B等X企业)')
U(C('shanghai-hengchi-auto-parts'), 'partners_with', C('lingyue-auto-tech-shanghai'), f, ['恒驰零部件生产的动力电池包壳体八成供应凌跃上海'], _supply)
s = ['今年将重点围绕集成电路、人工智能、航空航天和新能源汽车四条产业链开展精准招商']
for c in ('integrated-circuits', 'artificial-intelligence', 'aerospace', 'new-energy-vehicles'):
    R(L, 'focuses_on', K_(c), f, s, 'sentence (新片区相关负责人表示，今年将重点围绕X、Y、W和V四条产业链开展精准招商)')

# ---- e07 北京经开区 (a company's press release)
f = 'e07_yizhuang.txt'; Z = 'zone:beijing-etdz'; X = 'zone:national-xinchuang-park'
s = ['公司已在北京经济技术开发区注册成立全资子公司北京启衡具身智能科技有限公司']
R(C('beijing-qiheng-embodied'), 'subsidiary_of', C('shenzhen-qiheng-intelligent'), f, s, 'sentence (公司 = 启衡智能, defined by （以下简称…）: 公司已…成立全资子公司B)')
R(C('beijing-qiheng-embodied'), 'located_in', Z, f, s, 'clause (在Z注册成立B)')
R(C('beijing-qiheng-embodied'), 'owns', P('qiheng-embodied-hq-base'), f, ['并由北京启衡投资15亿元建设启衡具身智能机器人总部基地'], 'clause (由A投资N亿元建设B)')
R(P('qiheng-embodied-hq-base'), 'located_in', Z, f, ['基地选址经开区核心区'], 'sentence (基地 = the base just named: 基地选址Z)')
for p_ in ('qiheng-humanoid-assembly-line', 'qiheng-data-training-ground'):
    U(C('beijing-qiheng-embodied'), 'owns', P(p_), f, ['基地将包括研发中心、启衡人形机器人整机产线和启衡具身智能数据采集训练场三部分'], 'a part of the base that 北京启衡 builds (part-of inference)')
    U(P(p_), 'located_in', Z, f, ['基地将包括研发中心、启衡人形机器人整机产线和启衡具身智能数据采集训练场三部分'], 'a part of the base, which is placed in the zone (transitive)')
U(C('shenzhen-qiheng-intelligent'), 'located_in', Z, f, ['把北方总部放在这里'], 'quote: 这里 = 北京经开区; the parent\'s northern HQ is its subsidiary\'s base')
R(C('shenzhen-qiheng-intelligent'), 'partners_with', C('beijing-yichuang-zhizao-investment'), f, ['启衡智能与北京亦创智造投资有限公司签署了战略投资协议'], 'clause (A与B签署了战略投资协议)')
U(C('beijing-yichuang-zhizao-investment'), 'partners_with', C('beijing-qiheng-embodied'), f, ['后者将向北京启衡增资3亿元'], 'capital injection (增资) by 后者 into the subsidiary: an investor, not a stated partner')
s = ['公司同日还与区内整车企业北京奔航汽车有限公司签订战略合作协议']
R(C('shenzhen-qiheng-intelligent'), 'partners_with', C('beijing-benhang-auto'), f, s, 'clause (公司…与B签署战略合作协议)')
R(C('beijing-benhang-auto'), 'located_in', Z, f, s, 'clause (区内整车企业B: 区内 = 经开区)')
s = ['此前，启衡智能已与北京京曜精密减速机有限公司、北京华芯传感科技有限公司建立长期采购关系，两家供应商均位于经开区']
for c in ('beijing-jingyao-reducer', 'beijing-huaxin-sensing'):
    R(C(c), 'located_in', Z, f, s, 'sentence (A、B…，两家供应商均位于Z)')
    U(C('shenzhen-qiheng-intelligent'), 'partners_with', C(c), f, s, _supply + ' (长期采购关系 with 供应商)')
R(C('beijing-qiheng-embodied'), 'located_in', X, f, ['北京启衡将入驻经开区国家信创园'], 'clause (A将入驻sub-park: future placement)')
R(X, 'located_in', Z, f, ['北京启衡将入驻经开区国家信创园'], 'clause (Z + sub-park written together: 经开区国家信创园)')
s = ['国家信创园集聚了北京麒盾安全技术有限公司、北京中启软件股份有限公司等一批信创产业企业']
for c in ('beijing-qidun-security', 'beijing-zhongqi-software'):
    R(C(c), 'located_in', X, f, s, 'clause (sub-park集聚了A、B等…企业)')
    R(C(c), 'member_of', K_('information-innovation'), f, s, 'clause (A、B等一批X企业)')
    U(C(c), 'located_in', Z, f, s, 'transitive: the firms are placed in the sub-park')
R(C('beijing-qiheng-embodied'), 'partners_with', C('beijing-zhongqi-software'), f, ['北京启衡将在此与中启软件联合适配国产操作系统'], 'clause (A将…与B联合适配…)')
s = ['经开区聚焦新一代信息技术、新能源汽车、生物医药和机器人产业等主导产业']
for c in ('new-generation-it', 'new-energy-vehicles', 'biomedicine', 'robotics'):
    R(Z, 'focuses_on', K_(c), f, s, 'clause (Z聚焦X、Y、W和V等主导产业)')
U(Z, 'focuses_on', K_('humanoid-robots'), f, ['近年来已引进人形机器人相关企业40余家'], 'a result (已引进X相关企业40余家), not a target')
U(C('beijing-jingyao-reducer'), 'member_of', K_('robotics'), f, ['区内机器人企业超过150家，既有北京京曜精密减速机有限公司这样的核心零部件企业'], 'bare 机器人企业 (not a cluster mention) frames the firm')
s = ['是国内工业机器人与人形机器人领域的头部企业']
for c in ('robotics', 'humanoid-robots'):
    R(C('shenzhen-qiheng-intelligent'), 'member_of', K_(c), f, s, 'clause (启衡智能…是…X与Y领域的头部企业)')
R(C('shenzhen-qiheng-intelligent'), 'subsidiary_of', C('qiheng-holding-group'), f, ['控股股东为启衡控股集团有限公司'], 'clause (控股股东为A: control stated, as dev3 d03)')
R(C('qiheng-shanghai-robotics'), 'subsidiary_of', C('shenzhen-qiheng-intelligent'), f, ['公司在上海、苏州设有子公司，其中启衡（上海）机器人有限公司负责华东地区销售与服务'], 'sentence (公司…设有子公司，其中B…)')
U(C('shenzhen-qiheng-intelligent'), 'member_of', K_('embodied-intelligence'), f, ['是我们做大具身智能业务的关键一步'], 'a line of business in a quote (做大X业务)')

# ---- e08 佛山高新区 (chain-leader feature)
f = 'e08_foshan.txt'; Z = 'zone:foshan-hitech'; SD = 'zone:foshan-hitech-shunde-park'; NH = 'zone:foshan-hitech-nanhai-park'
R(C('guangdong-shunhe-electric-group'), 'owns', P('shunhe-lighthouse-factory'), f, ['广东顺和电器集团有限公司刚刚投产的顺和智能家电灯塔工厂'], 'clause (A刚刚投产的B; also 由顺和电器全资建设)')
s = ['这座工厂位于佛山高新区顺德园']
R(P('shunhe-lighthouse-factory'), 'located_in', SD, f, s, 'sentence (这座工厂 = the factory just named: 位于sub-park)')
R(SD, 'located_in', Z, f, s, 'clause (Z + sub-park written together: 佛山高新区顺德园)')
U(P('shunhe-lighthouse-factory'), 'located_in', Z, f, s, _transitive)
U(C('guangdong-shunhe-electric-group'), 'located_in', SD, f, s, _only_project)
R(C('guangdong-shunhe-electric-group'), 'member_of', K_('smart-home-appliances'), f, ['作为佛山智能家电产业链的链主企业，顺和电器'], 'clause (作为X产业链的链主企业，A)')
s = ['其中佛山美控电子有限公司、佛山恒威电机有限公司等32家智能家电配套企业已跟随落户顺德园']
for c in ('foshan-meikong-electronics', 'foshan-hengwei-motor'):
    R(C(c), 'located_in', SD, f, s, 'clause (A、B等…企业已跟随落户sub-park)')
    R(C(c), 'member_of', K_('smart-home-appliances'), f, s, 'clause (A、B等32家X配套企业)')
    U(C(c), 'partners_with', C('guangdong-shunhe-electric-group'), f, s, 'suppliers brought in by the chain leader (配套): supply, not partnership')
s = ['顺和电器旗下的佛山顺和压缩机有限公司也在同期完成扩产，顺和压缩机二期新增产能300万台']
R(C('foshan-shunhe-compressor'), 'subsidiary_of', C('guangdong-shunhe-electric-group'), f, s, 'clause (A旗下的B)')
R(C('foshan-shunhe-compressor'), 'owns', P('shunhe-compressor-phase2'), f, s, 'sentence (B…完成扩产，[B]二期…: the firm\'s own name is the project\'s stem)')
R(NH, 'located_in', Z, f, ['佛山国家高新技术产业开发区是“一区五园”的架构，顺德园和南海园是其中体量最大的两个园'], 'sentence (Z是一区五园的架构，A和B是其中…的两个园)')
s = ['高新区着力打造以智能家电、装备制造和新能源汽车为支柱的产业体系']
for c in ('smart-home-appliances', 'equipment-manufacturing', 'new-energy-vehicles'):
    R(Z, 'focuses_on', K_(c), f, s, 'clause (Z着力打造以X、Y和W为支柱的产业体系)')
R(C('guangdong-nanchi-nev'), 'located_in', NH, f, ['在南海园，链主换成了广东南驰新能源汽车有限公司'], 'clause (在sub-park，链主换成了A)')
s = ['南海园以新能源汽车和汽车零部件为主导产业']
for c in ('new-energy-vehicles', 'auto-parts'):
    R(NH, 'focuses_on', K_(c), f, s, 'clause (sub-park以X和Y为主导产业; a sub-park is a zone)')
R(C('guangdong-nanchi-nev'), 'member_of', K_('new-energy-vehicles'), f, ['南驰汽车是新能源汽车产业链链主'], 'clause (A是X产业链链主)')
s = ['南驰汽车先后与广东华博动力电池有限公司、佛山精铸汽车部件有限公司签订战略合作协议']
for c in ('guangdong-huabo-power-battery', 'foshan-jingzhu-auto-parts'):
    R(C('guangdong-nanchi-nev'), 'partners_with', C(c), f, s, 'clause (A先后与B、C签订战略合作协议)')
R(C('guangdong-huabo-power-battery'), 'owns', P('huabo-pack-project'), f, ['华博动力随即在狮山镇投资18亿元建设华博动力电池PACK项目'], 'clause (A…投资N亿元建设B)')
U(P('huabo-pack-project'), 'located_in', NH, f, ['华博动力随即在狮山镇投资18亿元建设华博动力电池PACK项目'], 'placed in 狮山镇 (a town); the paragraph is set in 南海园, but the sub-park is not stated for the project')
s = ['项目由华博动力的全资子公司佛山华博储能科技有限公司负责运营']
R(C('foshan-huabo-energy-storage'), 'subsidiary_of', C('guangdong-huabo-power-battery'), f, s, 'clause (A的全资子公司B)')
U(C('foshan-huabo-energy-storage'), 'owns', P('huabo-pack-project'), f, s, 'operator (负责运营), not owner, investor or builder (as dev3 d01)')
R(C('foshan-jingzhu-auto-parts'), 'subsidiary_of', C('guangzhou-jingzhu-holding'), f, ['精铸部件则是广州精铸控股有限公司的控股子公司'], 'clause (B是A的控股子公司)')
s = ['佛山隆森机器人有限公司是区内机器人产业的骨干企业']
R(C('foshan-longsen-robotics'), 'member_of', K_('robotics'), f, s, 'clause (A是区内X的骨干企业)')
R(C('foshan-longsen-robotics'), 'located_in', Z, f, ['装备制造是高新区另一条“长板”。佛山隆森机器人有限公司是区内机器人产业的骨干企业'], 'sentence (区内 = 高新区, the subject of the sentence before)')
U(C('foshan-longsen-robotics'), 'member_of', K_('equipment-manufacturing'), f, ['装备制造是高新区另一条“长板”。佛山隆森机器人有限公司'], 'two sentences: the robot firm is the example of the zone\'s 装备制造 strength; not stated as a member')
R(C('foshan-longsen-robotics'), 'owns', P('longsen-cobot-rd-center'), f, ['隆森机器人投资的隆森协作机器人研发中心'], 'clause (A投资的B)')
R(P('longsen-cobot-rd-center'), 'located_in', NH, f, ['隆森协作机器人研发中心也已在南海园动工'], 'clause (B…在sub-park动工)')
U(SD, 'focuses_on', K_('smart-home-appliances'), f, ['顺德园智能家电产值突破1500亿元'], 'an output figure (X产值突破…), not a target')
U(C('guangdong-nanchi-nev'), 'located_in', Z, f, ['在南海园，链主换成了广东南驰新能源汽车有限公司'], 'transitive: the firm is placed in the sub-park')
