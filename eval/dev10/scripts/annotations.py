# Gold annotation of the dev10 corpus, written as anchored text so that offsets are computed, never typed.
# MENTIONS[file] = ordered list of (anchor, entity_id). The anchor is a piece of the text with the mention in
# [brackets]; it is searched forward from the previous match, so the list follows the text order.
# UNCERTAIN_MENTIONS[file] = (anchor, proposed_entity_id, note)
# NON_MENTIONS are produced by build.py from the dictionary simulation (class uses, pronouns, nested names, other senses).
# RELATIONS = (head, relation, tail, file, evidence_pieces, scope); evidence pieces are exact substrings; the first
# piece is located (it must be unique in the file, or given as (piece, n) for the n-th occurrence, 0-based).
# UNCERTAIN_RELATIONS = same, with scope replaced by a note.

MENTIONS = {}
UNCERTAIN_MENTIONS = {}

C = lambda s: 'company:' + s
P_ = lambda s: 'project:' + s
K_ = lambda s: 'cluster:' + s

MENTIONS['o01_lianyungang.txt'] = [
    ('[连云港经开区]、高', 'zone:lianyungang-etdz'),
    ('、[高新区]集中', 'zone:lianyungang-hitech'),
    ('动在[连云港经济技术开发区]举行', 'zone:lianyungang-etdz'),
    ('行。[连云港经开区]和连', 'zone:lianyungang-etdz'),
    ('和[连云港高新区]两个', 'zone:lianyungang-hitech'),
    ('涉及[生物医药]、新', 'cluster:biomedicine'),
    ('、[新材料]、高', 'cluster:new-materials'),
    ('、[高端装备制造]和软', 'cluster:high-end-equipment-manufacturing'),
    ('和[软件和信息服务]等领', 'cluster:software-info-services'),
    ('的是[瀚洋高端制剂产业化项目]。该', 'project:hanyang-high-end-formulations'),
    ('目由[江苏瀚洋医药科技有限公司]投资', 'company:jiangsu-hanyang-pharma-tech'),
    ('选址[经开区]东区', 'zone:lianyungang-etdz'),
    ('工。[瀚洋医药]系北', 'company:jiangsu-hanyang-pharma-tech'),
    ('系[北京瀚洋医药集团股份有限公司]全资', 'company:beijing-hanyang-pharma-group'),
    ('[新材料]是经', 'cluster:new-materials'),
    ('是[经开区]近年', 'zone:lianyungang-etdz'),
    ('场，[上海锐华新材料集团有限公司]与区', 'company:shanghai-ruihua-new-materials-group'),
    ('企业[连云港港城化工有限公司]签署', 'company:lianyungang-gangcheng-chemical'),
    ('组建[江苏锐港新材料有限公司]。合', 'company:jiangsu-ruigang-new-materials'),
    ('元，[锐华集团]出资', 'company:shanghai-ruihua-new-materials-group'),
    ('权，[港城化工]以土', 'company:lianyungang-gangcheng-chemical'),
    ('股。[锐港新材料]将投', 'company:jiangsu-ruigang-new-materials'),
    ('建设[锐港高性能聚酰亚胺薄膜项目]，产', 'project:ruigang-polyimide-film'),
    ('[生物医药]企业', 'cluster:biomedicine'),
    ('作为[经开区]生物', 'zone:lianyungang-etdz'),
    ('[生物医药产业]的龙', 'cluster:biomedicine'),
    ('业，[连云港康瀚制药有限公司]当天', 'company:lianyungang-kanghan-pharma'),
    ('天和[浙江泽川化学股份有限公司]签下', 'company:zhejiang-zechuan-chemical'),
    ('元。[泽川化学]相关', 'company:zhejiang-zechuan-chemical'),
    ('在[高新区]会场', 'zone:lianyungang-hitech'),
    ('向。[南京云枢软件科技有限公司]20', 'company:nanjing-yunshu-software'),
    ('入驻[连云港高新区]，目', 'zone:lianyungang-hitech'),
    ('此次[云枢软件]追加', 'company:nanjing-yunshu-software'),
    ('建设[云枢工业软件研发基地项目]，重', 'project:yunshu-industrial-software-base'),
    ('还有[江苏海擎智能装备有限公司]与徐', 'company:jiangsu-haiqing-intelligent-equipment'),
    ('与[徐州华工机械集团有限公司]的合', 'company:xuzhou-huagong-machinery-group'),
    ('成立[连云港擎工港机装备有限公司]，生', 'company:lianyungang-qinggong-port-machinery'),
    ('外，[高新区]还与', 'zone:lianyungang-hitech'),
    ('还与[苏州凌岳半导体有限公司]签订', 'company:suzhou-lingyue-semiconductor'),
    ('将在[经开区]建设', 'zone:lianyungang-etdz'),
    ('说，[经开区]招商', 'zone:lianyungang-etdz'),
    ('来，[连云港经开区]聚焦', 'zone:lianyungang-etdz'),
    ('聚焦[生物医药]、新', 'cluster:biomedicine'),
    ('、[新材料]和高', 'cluster:new-materials'),
    ('和[高端装备制造]三大', 'cluster:high-end-equipment-manufacturing'),
    ('业，[高新区]则重', 'zone:lianyungang-hitech'),
    ('发展[软件和信息服务]与智', 'cluster:software-info-services'),
    ('与[智能传感器]两大', 'cluster:smart-sensors'),
]
MENTIONS['o02_weifang.txt'] = [
    ('——[潍坊高新区]虚拟', 'zone:weifang-hitech'),
    ('[虚拟现实产业集群]观察', 'cluster:virtual-reality'),
    ('点，[潍坊高新技术产业开发区]东部', 'zone:weifang-hitech'),
    ('。”[高新区]经济', 'zone:weifang-hitech'),
    ('底，[高新区]虚拟', 'zone:weifang-hitech'),
    ('[虚拟现实产业]营收', 'cluster:virtual-reality'),
    ('成以[山东沐光光学科技有限公司]、潍', 'company:shandong-muguang-optics'),
    ('、[潍坊睿听声学科技有限公司]和潍', 'company:weifang-ruiting-acoustics'),
    ('和[潍坊视界芯电子有限公司]为骨', 'company:weifang-shijiexin-electronics'),
    ('干的[虚拟现实产业集群]，光', 'cluster:virtual-reality'),
    ('”。[沐光光学]20', 'company:shandong-muguang-optics'),
    ('年在[高新区]注册', 'zone:weifang-hitech'),
    ('购自[潍坊滨海经济技术开发区]的山', 'zone:weifang-binhai-etdz'),
    ('的[山东海岳光学材料有限公司]，两', 'company:shandong-haiyue-optical-materials'),
    ('术，[沐光光学]去年', 'company:shandong-muguang-optics'),
    ('又与[韩国汉阳光电株式会社]合资', 'company:korea-hanyang-optoelectronics'),
    ('立了[潍坊汉沐光波导科技有限公司]，新', 'company:weifang-hanmu-waveguide'),
    ('表是[睿听声学]。这', 'company:weifang-ruiting-acoustics'),
    ('业是[深圳声创科技集团股份有限公司]在北', 'company:shenzhen-shengchuang-tech-group'),
    ('地，[声创集团]持有', 'company:shenzhen-shengchuang-tech-group'),
    ('落户[高新区]六年', 'zone:weifang-hitech'),
    ('来，[睿听声学]的微', 'company:weifang-ruiting-acoustics'),
    ('它与[潍坊视界芯电子有限公司]签订', 'company:weifang-shijiexin-electronics'),
    ('[视界芯电子]20', 'company:weifang-shijiexin-electronics'),
    ('迁入[高新区]，隶', 'zone:weifang-hitech'),
    ('肥的[安徽视芯显示集团有限公司]，主', 'company:anhui-shixin-display-group'),
    ('机厂[山东幻域智能科技有限公司]是它', 'company:shandong-huanyu-intelligent-tech'),
    ('件的[潍坊朗衡智能装备有限公司]原本', 'company:weifang-langheng-intelligent-equipment'),
    ('月向[幻域智能]供应', 'company:shandong-huanyu-intelligent-tech'),
    ('区。[潍坊滨海经开区]依托', 'zone:weifang-binhai-etdz'),
    ('发展[化工新材料]和海', 'cluster:chemical-new-materials'),
    ('和[海洋装备]，光', 'cluster:marine-equipment'),
    ('言称[幻域智能]打算', 'company:shandong-huanyu-intelligent-tech'),
    ('将在[高新区]再建', 'zone:weifang-hitech'),
    ('年，[高新区]虚拟', 'zone:weifang-hitech'),
    ('[虚拟现实产业]规模', 'cluster:virtual-reality'),
    ('培育[人工智能]、元', 'cluster:artificial-intelligence'),
    ('、[元宇宙]等关', 'cluster:metaverse'),
]
MENTIONS['o03_chuzhou.txt'] = [
    ('[启辰光能]公告', 'company:zhejiang-qichen-solar'),
    ('：在[滁州经开区]设立', 'zone:chuzhou-etdz'),
    ('间，[浙江启辰光能科技股份有限公司]（简', 'company:zhejiang-qichen-solar'),
    ('称“[启辰光能]”）', 'company:zhejiang-qichen-solar'),
    ('公司[杭州启辰新能源投资有限公司]，与', 'company:hangzhou-qichen-new-energy-investment'),
    ('，与[滁州皖东产业投资有限公司]在滁', 'company:chuzhou-wandong-industrial-investment'),
    ('在[滁州经济技术开发区]共同', 'zone:chuzhou-etdz'),
    ('设立[滁州启辰光能科技有限公司]，投', 'company:chuzhou-qichen-solar'),
    ('建设[启辰滁州年产10GW高效光伏组件项目]，项', 'project:qichen-chuzhou-10gw-modules'),
    ('案，[滁州启辰]注册', 'company:chuzhou-qichen-solar'),
    ('中，[启辰光能]以货', 'company:zhejiang-qichen-solar'),
    ('%；[启辰投资]出资', 'company:hangzhou-qichen-new-energy-investment'),
    ('%；[皖东产投]出资', 'company:chuzhou-wandong-industrial-investment'),
    ('后，[滁州启辰]将成', 'company:chuzhou-qichen-solar'),
    ('成为[启辰光能]的控', 'company:zhejiang-qichen-solar'),
    ('位于[滁州经开区]城东', 'zone:chuzhou-etdz'),
    ('目由[滁州启辰]具体', 'company:chuzhou-qichen-solar'),
    ('因，[启辰光能]在公', 'company:zhejiang-qichen-solar'),
    ('示，[滁州经开区]光伏', 'zone:chuzhou-etdz'),
    ('[光伏产业链]配套', 'cluster:photovoltaics'),
    ('来，[滁州经开区]把光', 'zone:chuzhou-etdz'),
    ('把[光伏]、新', 'cluster:photovoltaics'),
    ('、[新能源汽车]和智', 'cluster:new-energy-vehicles'),
    ('和[智能家电]作为', 'cluster:smart-home-appliances'),
    ('[滁州经开区]招商', 'zone:chuzhou-etdz'),
    ('目。[经开区]已成', 'zone:chuzhou-etdz'),
    ('已与[江苏润衡新能源集团有限公司]签订', 'company:jiangsu-runheng-new-energy-group'),
    ('划由[滁州凤华玻璃科技有限公司]等当', 'company:chuzhou-fenghua-glass'),
    ('局。[启辰光能]正与', 'company:zhejiang-qichen-solar'),
    ('正与[中新苏滁高新技术产业开发区]洽谈', 'zone:chuzhou-suchu-hitech'),
    ('议。[苏滁现代产业园]以高', 'zone:chuzhou-suchu-hitech'),
    ('以[高端装备]和电', 'cluster:high-end-equipment-manufacturing'),
    ('和[电子信息]为主', 'cluster:electronic-information'),
    ('，与[滁州经开区]在产', 'zone:chuzhou-etdz'),
    ('盘，[启辰光能]股价', 'company:zhejiang-qichen-solar'),
    ('示，[启辰光能]总部', 'company:zhejiang-qichen-solar'),
]
MENTIONS['o04_yueyang.txt'] = [
    ('[岳阳经开区]上半', 'zone:yueyang-etdz'),
    ('月，[岳阳经济技术开发区]经济', 'zone:yueyang-etdz'),
    ('到，[岳阳经开区]1至', 'zone:yueyang-etdz'),
    ('看，[经开区]的电', 'zone:yueyang-etdz'),
    ('的[电子信息]、装', 'cluster:electronic-information'),
    ('、[装备制造]和生', 'cluster:equipment-manufacturing'),
    ('和[生物医药]三大', 'cluster:biomedicine'),
    ('，以[湖南岳芯微电子有限公司]和岳', 'company:hunan-yuexin-microelectronics'),
    ('和[岳阳汇达光电科技有限公司]为龙', 'company:yueyang-huida-optoelectronics'),
    ('头的[电子信息产业]增长', 'cluster:electronic-information'),
    ('撑。[湖南岳芯微电子有限公司]投资', 'company:hunan-yuexin-microelectronics'),
    ('设的[岳芯功率器件封装测试项目]5月', 'project:yuexin-power-device-packaging'),
    ('月在[经开区]建成', 'zone:yueyang-etdz'),
    ('元。[汇达光电]由深', 'company:yueyang-huida-optoelectronics'),
    ('由[深圳汇达光学集团有限公司]与岳', 'company:shenzhen-huida-optics-group'),
    ('与[岳阳市岳投产业发展有限公司]合资', 'company:yueyang-yuetou-industrial-development'),
    ('立，[汇达光学]持股', 'company:shenzhen-huida-optics-group'),
    ('半年[经开区]新签', 'zone:yueyang-etdz'),
    ('元。[湖南湘恒液压机械有限公司]从长', 'company:hunan-xiangheng-hydraulic'),
    ('迁至[经开区]，新', 'zone:yueyang-etdz'),
    ('东为[长沙湘恒重工集团有限公司]，产', 'company:changsha-xiangheng-heavy-industry-group'),
    ('是，[广东粤驰新能源科技有限公司]原计', 'company:guangdong-yuechi-new-energy'),
    ('划在[经开区]建设', 'zone:yueyang-etdz'),
    ('月，[岳芯微电子]与湖', 'company:hunan-yuexin-microelectronics'),
    ('与[湖南楚驰汽车电子有限公司]签订', 'company:hunan-chuchi-auto-electronics'),
    ('只；[湘恒液压]则进', 'company:hunan-xiangheng-hydraulic'),
    ('在[岳阳绿色化工高新技术产业开发区]，石', 'zone:yueyang-green-chemical-hitech'),
    ('其中[化工新材料]产值', 'cluster:chemical-new-materials'),
    ('内的[湖南洞庭聚材科技有限公司]投资', 'company:hunan-dongting-jucai-tech'),
    ('设的[洞庭聚烯烃弹性体项目]已完', 'project:dongting-polyolefin-elastomer'),
    ('邻的[岳阳兴港石化有限公司]通过', 'company:yueyang-xinggang-petrochemical'),
    ('年，[经开区]将紧', 'zone:yueyang-etdz'),
    ('大对[生物医药]领域', 'cluster:biomedicine'),
    ('前，[经开区]正与', 'zone:yueyang-etdz'),
    ('正与[上海睿泽医疗器械有限公司]洽谈', 'company:shanghai-ruize-medical-devices'),
    ('约。[绿色化工高新区]则提', 'zone:yueyang-green-chemical-hitech'),
    ('围绕[化工新材料]和电', 'cluster:chemical-new-materials'),
    ('和[电子化学品]两个', 'cluster:electronic-chemicals'),
    ('全年[化工新材料]产值', 'cluster:chemical-new-materials'),
]
MENTIONS['o05_huzhou.txt'] = [
    ('升。[湖州经济技术开发区]实现', 'zone:huzhou-etdz'),
    ('招引[上海华湃生物科技集团有限公司]旗下', 'company:shanghai-huapai-biotech-group'),
    ('旗下[湖州华湃生物医药有限公司]等亿', 'company:huzhou-huapai-biomedicine'),
    ('个；[湖州莫干山高新技术产业开发区]在全', 'zone:huzhou-moganshan-hitech'),
    ('位，[地理信息产业集群]营收', 'cluster:geographic-information'),
    ('元；[长兴经济技术开发区]新增', 'zone:changxing-etdz'),
    ('家，[新型储能产业链]加快', 'cluster:energy-storage'),
    ('值。[长兴经开区]内，', 'zone:changxing-etdz'),
    ('内，[浙江长能电源集团有限公司]与日', 'company:zhejiang-changneng-power-group'),
    ('与[日本东和化成株式会社]合资', 'company:japan-towa-kasei'),
    ('资的[浙江长和储能材料有限公司]建成', 'company:zhejiang-changhe-energy-storage-materials'),
    ('产，[长能集团]控股', 'company:zhejiang-changneng-power-group'),
    ('股；[莫干山高新区]的浙', 'zone:huzhou-moganshan-hitech'),
    ('的[浙江瞰图空间信息科技有限公司]原打', 'company:zhejiang-kantu-spatial-info'),
    ('在了[莫干山高新区]，并', 'zone:huzhou-moganshan-hitech'),
    ('展，[长和储能材料]与湖', 'company:zhejiang-changhe-energy-storage-materials'),
    ('与[湖州绿源电池有限公司]签订', 'company:huzhou-lvyuan-battery'),
    ('重，[湖州经开区]主动', 'zone:huzhou-etdz'),
    ('支持[湖州经开区]做强', 'zone:huzhou-etdz'),
    ('做强[生物医药]和新', 'cluster:biomedicine'),
    ('和[新一代信息技术]两大', 'cluster:new-generation-it'),
    ('推动[浙江恒芯半导体有限公司]功率', 'company:zhejiang-hengxin-semiconductor'),
    ('引导[华湃集团]将华', 'company:shanghai-huapai-biotech-group'),
    ('推动[莫干山高新区]聚焦', 'zone:huzhou-moganshan-hitech'),
    ('聚焦[地理信息产业]和高', 'cluster:geographic-information'),
    ('和[高端装备]，支', 'cluster:high-end-equipment-manufacturing'),
    ('支持[瞰图科技]牵头', 'company:zhejiang-kantu-spatial-info'),
    ('组建[地理信息产业]创新', 'cluster:geographic-information'),
    ('支持[长兴经开区]打造', 'zone:changxing-etdz'),
    ('要的[新型储能]基地', 'cluster:energy-storage'),
    ('展。[湖州经开区]与莫', 'zone:huzhou-etdz'),
    ('与[莫干山高新区]地域', 'zone:huzhou-moganshan-hitech'),
    ('支持[长兴经开区]与苏', 'zone:changxing-etdz'),
]
MENTIONS['o06_maanshan.txt'] = [
    ('[马鞍山经开区]62', 'zone:maanshan-etdz'),
    ('下，[马鞍山经济技术开发区]的各', 'zone:maanshan-etdz'),
    ('年，[马鞍山经开区]共安', 'zone:maanshan-etdz'),
    ('元。[经开区]今年', 'zone:maanshan-etdz'),
    ('紧扣[轨道交通装备]、新', 'cluster:rail-transit-equipment'),
    ('、[新能源汽车]和智', 'cluster:new-energy-vehicles'),
    ('和[智能家电]三大', 'cluster:smart-home-appliances'),
    ('[轨道交通装备]板块', 'cluster:rail-transit-equipment'),
    ('。在[经开区]东区', 'zone:maanshan-etdz'),
    ('区，[锐驰城际动车组转向架项目]的主', 'project:ruichi-intercity-emu-bogie'),
    ('主是[安徽锐驰轨道交通装备有限公司]，总', 'company:anhui-ruichi-rail-transit-equipment'),
    ('元。[锐驰轨道]是江', 'company:anhui-ruichi-rail-transit-equipment'),
    ('是[江苏常驰轨道交通集团有限公司]的全', 'company:jiangsu-changchi-rail-transit-group'),
    ('绍，[锐驰轨道]已与', 'company:anhui-ruichi-rail-transit-equipment'),
    ('已与[马鞍山精锻机械有限公司]签订', 'company:maanshan-jingduan-machinery'),
    ('[新能源汽车]板块', 'cluster:new-energy-vehicles'),
    ('少。[马鞍山恒驰电驱科技有限公司]去年', 'company:maanshan-hengchi-edrive'),
    ('迁入[经开区]，其', 'zone:maanshan-etdz'),
    ('。由[安徽凯途汽车部件有限公司]投资', 'company:anhui-kaitu-auto-parts'),
    ('设的[凯途汽车热管理系统项目]进入', 'project:kaitu-auto-thermal-management'),
    ('外，[经开区]正与', 'zone:maanshan-etdz'),
    ('正与[深圳星翼智能家电有限公司]洽谈', 'company:shenzhen-xingyi-smart-appliances'),
    ('作为[经开区]的“', 'zone:maanshan-etdz'),
    ('”，[马鞍山综合保税区]今年', 'zone:maanshan-cbz'),
    ('%。[综保区]内，', 'zone:maanshan-cbz'),
    ('内，[马鞍山晶跃电子科技有限公司]的晶', 'company:maanshan-jingyue-electronics'),
    ('的[晶跃服务器整机保税加工项目]已完', 'project:jingyue-server-bonded-processing'),
    ('交付[上海云岫信息技术有限公司]。另', 'company:shanghai-yunxiu-info-tech'),
    ('另有[马鞍山同创物流有限公司]的冷', 'company:maanshan-tongchuang-logistics'),
    ('再在[综保区]实施', 'zone:maanshan-cbz'),
    ('在[马鞍山慈湖高新技术产业开发区]，项', 'zone:maanshan-cihu-hitech'),
    ('速。[慈湖高新区]以先', 'zone:maanshan-cihu-hitech'),
    ('以[先进结构材料]为主', 'cluster:advanced-structural-materials'),
    ('位于[慈湖高新区]的马', 'zone:maanshan-cihu-hitech'),
    ('的[马鞍山钢联新材料有限公司]，是', 'company:maanshan-ganglian-new-materials'),
    ('，是[马鞍山江东钢铁集团有限公司]和奥', 'company:maanshan-jiangdong-steel-group'),
    ('和[奥地利施泰因金属技术公司]的合', 'company:austria-stein-metal-tech'),
    ('司的[钢联高强汽车板项目]目前', 'project:ganglian-high-strength-auto-sheet'),
    ('期。[安徽禾原生物科技有限公司]计划', 'company:anhui-heyuan-biotech'),
    ('划在[经开区]建设', 'zone:maanshan-etdz'),
    ('设的[禾原合成生物中试基地项目]，因', 'project:heyuan-synthetic-biology-pilot-base'),
    ('工。[经开区]项目', 'zone:maanshan-etdz'),
    ('步，[经开区]将对', 'zone:maanshan-etdz'),
    ('中，[经开区]排名', 'zone:maanshan-etdz'),
]
MENTIONS['o07_hengyang.txt'] = [
    ('[衡阳高新区]上半', 'zone:hengyang-hitech'),
    ('午，[衡阳高新技术产业开发区]举行', 'zone:hengyang-hitech'),
    ('况。[高新区]管委', 'zone:hengyang-hitech'),
    ('会由[高新区]党群', 'zone:hengyang-hitech'),
    ('年，[高新区]完成', 'zone:hengyang-hitech'),
    ('区，[输变电装备]和电', 'cluster:power-transmission-equipment'),
    ('和[电子信息]两大', 'cluster:electronic-information'),
    ('培育[低空经济]等新', 'cluster:low-altitude-economy'),
    ('者：[输变电装备]是高', 'cluster:power-transmission-equipment'),
    ('是[高新区]的传', 'zone:hengyang-hitech'),
    ('业是[衡阳湘能电气有限公司]。这', 'company:hengyang-xiangneng-electric'),
    ('落户[高新区]，是', 'zone:hengyang-hitech'),
    ('，是[湖南湘能电气集团股份有限公司]控股', 'company:hunan-xiangneng-electric-group'),
    ('我们[输变电装备产业]的龙', 'cluster:power-transmission-equipment'),
    ('度，[湘能电气]的特', 'company:hengyang-xiangneng-electric'),
    ('的是[衡阳铂川新材料有限公司]投资', 'company:hengyang-bochuan-new-materials'),
    ('设的[铂川电子浆料项目]，6', 'project:bochuan-electronic-paste'),
    ('底在[高新区]正式', 'zone:hengyang-hitech'),
    ('元。[铂川新材料]由江', 'company:hengyang-bochuan-new-materials'),
    ('由[江西铂川集团有限公司]控股', 'company:jiangxi-bochuan-group'),
    ('者：[高新区]在通', 'zone:hengyang-hitech'),
    ('在[通信设备]领域', 'cluster:communication-equipment'),
    ('企业[衡阳智联电子有限公司]与深', 'company:hengyang-zhilian-electronics'),
    ('与[深圳云鼎通信技术有限公司]合资', 'company:shenzhen-yunding-communication'),
    ('立了[衡阳智鼎通信设备有限公司]，其', 'company:hengyang-zhiding-communication-equipment'),
    ('其中[智联电子]持股', 'company:hengyang-zhilian-electronics'),
    ('前，[智鼎通信]首批', 'company:hengyang-zhiding-communication-equipment'),
    ('已在[高新区]下线', 'zone:hengyang-hitech'),
    ('者：[高新区]和衡', 'zone:hengyang-hitech'),
    ('和[衡阳松木经济开发区]在产', 'zone:hengyang-songmu-edz'),
    ('平：[松木经开区]以盐', 'zone:hengyang-songmu-edz'),
    ('以[盐化工]和精', 'cluster:salt-chemicals'),
    ('和[精细化工]为主', 'cluster:fine-chemicals'),
    ('比如[松木经开区]的衡', 'zone:hengyang-songmu-edz'),
    ('的[衡阳海泰化工新材料有限公司]，去', 'company:hengyang-haitai-chemical-new-materials'),
    ('年和[湘能电气]签了', 'company:hengyang-xiangneng-electric'),
    ('正和[松木经开区]一起', 'zone:hengyang-songmu-edz'),
    ('映，[湖南楚天光电科技有限公司]的二', 'company:hunan-chutian-optoelectronics'),
    ('不在[高新区]建了', 'zone:hengyang-hitech'),
    ('响，[楚天光电]二期', 'company:hunan-chutian-optoelectronics'),
    ('仍在[高新区]，生', 'zone:hengyang-hitech'),
    ('正和[北京星途航空科技有限公司]洽谈', 'company:beijing-xingtu-aviation-tech'),
]
MENTIONS['o08_jingmen.txt'] = [
    ('”：[禾骏农机]的十', 'company:hubei-hejun-intelligent-agri-machinery'),
    ('过。[荆门高新技术产业开发区]一处', 'zone:jingmen-hitech'),
    ('这是[湖北禾骏智能农机有限公司]今年', 'company:hubei-hejun-intelligent-agri-machinery'),
    ('年，[禾骏农机]搬进', 'company:hubei-hejun-intelligent-agri-machinery'),
    ('搬进[高新区]，有', 'zone:jingmen-hitech'),
    ('汉的[楚禾控股集团有限公司]入股', 'company:chuhe-holding-group'),
    ('入股[禾骏农机]并成', 'company:hubei-hejun-intelligent-agri-machinery'),
    ('今，[禾骏农机]已是', 'company:hubei-hejun-intelligent-agri-machinery'),
    ('已是[楚禾集团]农业', 'company:chuhe-holding-group'),
    ('项，[禾骏农机]与山', 'company:hubei-hejun-intelligent-agri-machinery'),
    ('与[山东鲁动发动机有限公司]签订', 'company:shandong-ludong-engine'),
    ('购自[荆门化工循环产业园]的湖', 'zone:jingmen-chemical-recycling-park'),
    ('的[湖北荆楚涂料科技有限公司]，这', 'company:hubei-jingchu-coatings'),
    ('主打[精细化工]，距', 'cluster:fine-chemicals'),
    ('年，[禾骏农机]又与', 'company:hubei-hejun-intelligent-agri-machinery'),
    ('又与[常州东耕动力科技有限公司]合资', 'company:changzhou-donggeng-power-tech'),
    ('成立[荆门禾耕传动科技有限公司]，双', 'company:jingmen-hegeng-transmission'),
    ('就在[禾骏农机]隔壁', 'company:hubei-hejun-intelligent-agri-machinery'),
    ('去，[禾骏农机]的产', 'company:hubei-hejun-intelligent-agri-machinery'),
    ('年，[新疆天垦农业服务集团有限公司]与禾', 'company:xinjiang-tianken-agri-services-group'),
    ('与[禾骏农机]签下', 'company:hubei-hejun-intelligent-agri-machinery'),
    ('机；[云南滇耕农业科技有限公司]也从', 'company:yunnan-diangeng-agri-tech'),
    ('[禾骏农机]的成', 'company:hubei-hejun-intelligent-agri-machinery'),
    ('动了[高新区]农机', 'zone:jingmen-hitech'),
    ('[农机装备产业]的集', 'cluster:agricultural-machinery'),
    ('家，[禾骏农机]被认', 'company:hubei-hejun-intelligent-agri-machinery'),
    ('定为[高新区]农机', 'zone:jingmen-hitech'),
    ('[农机装备产业链]的“', 'cluster:agricultural-machinery'),
    ('业。[高新区]相关', 'zone:jingmen-hitech'),
    ('培育[农机装备]和通', 'cluster:agricultural-machinery'),
    ('和[通用航空]两大', 'cluster:general-aviation'),
    ('年在[高新区]启动', 'zone:jingmen-hitech'),
    ('启动[禾骏丘陵山地智能农机产业化项目]，总', 'project:hejun-hilly-smart-agri-machinery'),
    ('希望[禾骏农机]整体', 'company:hubei-hejun-intelligent-agri-machinery'),
]

UNCERTAIN_MENTIONS['o02_weifang.txt'] = [
    ('建在[园区]北侧', 'zone:weifang-hitech',
     'bare 园区 (earlier sets keep such uses uncertain): the park where the joint venture\'s new plant stands (新工厂就建在园区北侧); most likely 潍坊高新区, the subject of the feature'),
]
UNCERTAIN_MENTIONS['o08_jingmen.txt'] = [
    ('近年来[园区]着力', 'zone:jingmen-hitech',
     'bare 园区 (earlier sets keep such uses uncertain): in the words of the zone\'s official (高新区相关负责人介绍，近年来园区着力培育…) it means 荆门高新区'),
]

# ---------------------------------------------------------------- relations
RELATIONS = []
UNCERTAIN_RELATIONS = []
def R(h, r, t, f, ev, scope): RELATIONS.append((h, r, t, f, ev, scope))
def U(h, r, t, f, ev, note): UNCERTAIN_RELATIONS.append((h, r, t, f, ev, note))
_supply = 'supply or purchase without a signed multi-year agreement: supply, not partnership (as dev2-dev9)'
_only_project = 'only the firm\'s project is placed (heldout convention: the firm\'s own located_in is uncertain)'
_transitive = 'transitive: the item is placed in the sub-zone, not in the zone itself'
_ratio = 'bare share ratio: control is not stated in words (dev2, dev4, dev8, dev9)'
_equal = 'equal joint venture (各持一半股份 / 持股比例相同): no parent in control'
_minority = 'minority joint-venture parent: control is stated for another parent only'
_nocontrol = 'joint venture whose control is not stated (shares not disclosed or not yet agreed): no parent in control'
_plan = 'a task of the city\'s work report (this year\'s plan): located_in of a plan item is uncertain (seed 003, h04, d01, dev8 m01, dev9 n01)'
_intent = 'a plan, intention or negotiation (拟/计划/洽谈/意向书/磋商/尚未签约), not a placement'
_scope = 'placement by document or paragraph scope only (no clause or sentence places the item in the zone)'
_project_of_placed = 'the project of a firm placed in the zone; the project\'s own site is not stated'
_represents = 'a firm that leads or represents the zone\'s industry (龙头 / 骨干 / 以…为代表) is not placed by that alone (seed convention)'

# ---- o01 连云港经开区 / 连云港高新区 (招商引资集中签约 news report, two venues)
f = 'o01_lianyungang.txt'; LE = 'zone:lianyungang-etdz'; LH = 'zone:lianyungang-hitech'
HYP = P_('hanyang-high-end-formulations'); HY = C('jiangsu-hanyang-pharma-tech'); HYG = C('beijing-hanyang-pharma-group')
RH = C('shanghai-ruihua-new-materials-group'); GC = C('lianyungang-gangcheng-chemical'); RG = C('jiangsu-ruigang-new-materials'); RGP = P_('ruigang-polyimide-film')
KH = C('lianyungang-kanghan-pharma'); ZC = C('zhejiang-zechuan-chemical'); YS = C('nanjing-yunshu-software'); YSP = P_('yunshu-industrial-software-base')
HQ = C('jiangsu-haiqing-intelligent-equipment'); XG = C('xuzhou-huagong-machinery-group'); QG = C('lianyungang-qinggong-port-machinery'); LY = C('suzhou-lingyue-semiconductor')
s = ['涉及生物医药、新材料、高端装备制造和软件和信息服务等领域']
for z, c in ((LE, 'software-info-services'), (LH, 'biomedicine'), (LH, 'new-materials'), (LH, 'high-end-equipment-manufacturing')):
    U(z, 'focuses_on', K_(c), f, s, 'the fields of the day\'s projects at both venues (涉及…等领域), not a stated target of either zone; each field is gold for one zone in the last paragraph')
R(HY, 'owns', HYP, f, ['该项目由江苏瀚洋医药科技有限公司投资38亿元建设'], 'sentence (该项目 = the project named in the sentence before; 由A投资N亿元建设)')
R(HYP, 'located_in', LE, f, ['按照协议，项目选址经开区东区'], 'sentence (项目 = 瀚洋高端制剂产业化项目; the signed agreement fixes the site in the zone, as dev8 m02 / dev9 n03 for signed projects)')
U(HY, 'located_in', LE, f, ['按照协议，项目选址经开区东区'], _only_project)
R(HY, 'subsidiary_of', HYG, f, ['瀚洋医药系北京瀚洋医药集团股份有限公司全资设立的子公司'], 'clause (A系B全资设立的子公司: wholly owned; the parent group is in Beijing)')
s = ['上海锐华新材料集团有限公司与区内企业连云港港城化工有限公司签署合资协议，共同组建江苏锐港新材料有限公司']
R(RH, 'partners_with', GC, f, s, 'clause (A与B签署合资协议，共同组建C: joint venture parents)')
R(GC, 'located_in', LE, f, ['与区内企业连云港港城化工有限公司'], 'sentence (区内 = 连云港经开区, the subject of the sentence before: 新材料是经开区…主导产业之一)')
R(RG, 'subsidiary_of', RH, f, ['锐华集团出资55%并取得控股权'], 'clause (A出资55%并取得控股权: control stated in words)')
U(RG, 'subsidiary_of', GC, f, ['港城化工以土地和部分厂房作价入股'], _minority)
R(RG, 'owns', RGP, f, ['锐港新材料将投资12亿元建设锐港高性能聚酰亚胺薄膜项目'], 'clause (A将投资N亿元建设B)')
U(RG, 'located_in', LE, f, s, _scope + ' (a joint venture signed in the zone\'s new-materials paragraph; its site is not stated)')
U(RGP, 'located_in', LE, f, ['锐港新材料将投资12亿元建设锐港高性能聚酰亚胺薄膜项目'], _scope)
s = ['作为经开区生物医药产业的龙头企业，连云港康瀚制药有限公司']
R(KH, 'member_of', K_('biomedicine'), f, s, 'clause (作为Z X产业的龙头企业，A)')
U(KH, 'located_in', LE, f, s, _represents + '; placement is implied, not stated')
R(KH, 'partners_with', ZC, f, ['连云港康瀚制药有限公司当天和浙江泽川化学股份有限公司签下一份五年期医药中间体供应协议'], 'clause (a signed five-year 供应协议, as dev2-dev9)')
R(YS, 'located_in', LH, f, ['南京云枢软件科技有限公司2022年入驻连云港高新区'], 'clause (A入驻Z)')
R(YS, 'owns', YSP, f, ['此次云枢软件追加投资6亿元，建设云枢工业软件研发基地项目'], 'clause (A追加投资N亿元，建设B)')
U(YSP, 'located_in', LH, f, ['此次云枢软件追加投资6亿元，建设云枢工业软件研发基地项目'], _project_of_placed)
s = ['江苏海擎智能装备有限公司与徐州华工机械集团有限公司的合资项目，双方将共同出资成立连云港擎工港机装备有限公司']
R(HQ, 'partners_with', XG, f, s, 'clause (a signed joint-venture project: 双方将共同出资成立C; joint venture parents)')
for p in (HQ, XG):
    U(QG, 'subsidiary_of', p, f, s + ['出资比例尚在商定中'], _nocontrol)
U(QG, 'located_in', LH, f, ['同场签约的还有江苏海擎智能装备有限公司'], _scope + ' (signed at the 高新区 venue; the new company\'s site is not stated)')
U(LY, 'located_in', LH, f, ['高新区还与苏州凌岳半导体有限公司签订了投资意向书，后者拟在区内建设功率芯片封测基地，具体条款仍在磋商'], _intent + ' (意向书, 拟, 仍在磋商)')
s = ['连云港经开区聚焦生物医药、新材料和高端装备制造三大主导产业']
for c in ('biomedicine', 'new-materials', 'high-end-equipment-manufacturing'):
    R(LE, 'focuses_on', K_(c), f, s, 'clause (Z聚焦X、Y和W三大主导产业; 新材料 also: 新材料是经开区近年来重点培育的主导产业之一)')
s = ['高新区则重点发展软件和信息服务与智能传感器两大产业']
for c in ('software-info-services', 'smart-sensors'):
    R(LH, 'focuses_on', K_(c), f, s, 'clause (Z则重点发展X与Y两大产业)')

# ---- o02 潍坊高新区 虚拟现实产业集群 (industry-cluster feature), 潍坊滨海经开区
f = 'o02_weifang.txt'; WH = 'zone:weifang-hitech'; WB = 'zone:weifang-binhai-etdz'
MG = C('shandong-muguang-optics'); RT = C('weifang-ruiting-acoustics'); SJX = C('weifang-shijiexin-electronics'); HYM = C('shandong-haiyue-optical-materials')
HYK = C('korea-hanyang-optoelectronics'); HM = C('weifang-hanmu-waveguide'); SC = C('shenzhen-shengchuang-tech-group'); SXG = C('anhui-shixin-display-group')
HY = C('shandong-huanyu-intelligent-tech'); LHE = C('weifang-langheng-intelligent-equipment')
s = ['截至去年底，高新区虚拟现实产业营收突破600亿元', '已形成以山东沐光光学科技有限公司、潍坊睿听声学科技有限公司和潍坊视界芯电子有限公司为骨干的虚拟现实产业集群']
R(WH, 'focuses_on', K_('virtual-reality'), f, s, 'clause (Z…已形成以A、B和C为骨干的X产业集群: a cluster the zone has, seed convention)')
for c in (MG, RT, SJX):
    R(c, 'member_of', K_('virtual-reality'), f, s[1:], 'clause (以A、B和C为骨干的X产业集群)')
R(MG, 'located_in', WH, f, ['沐光光学2015年在高新区注册成立'], 'clause (A在Z注册成立)')
R(HYM, 'located_in', WB, f, ['潍坊滨海经济技术开发区的山东海岳光学材料有限公司'], 'clause (Z的A)')
U(MG, 'partners_with', HYM, f, ['这家企业所用的镜片胚料，大多采购自潍坊滨海经济技术开发区的山东海岳光学材料有限公司'], _supply + ' (采购自; 合作已有七年 names no agreement)')
s = ['沐光光学去年又与韩国汉阳光电株式会社合资成立了潍坊汉沐光波导科技有限公司']
R(MG, 'partners_with', HYK, f, s, 'clause (A与B合资成立了C: joint venture parents)')
for p in (MG, HYK):
    U(HM, 'subsidiary_of', p, f, s + ['对于各自的持股比例，双方均未对外公布'], _nocontrol)
U(HM, 'located_in', WH, f, ['新工厂就建在园区北侧'], 'the new plant stands in bare 园区 (uncertain mention), most likely the zone; placement by inference')
R(RT, 'subsidiary_of', SC, f, ['这家企业是深圳声创科技集团股份有限公司在北方设立的唯一生产基地，声创集团持有其全部股权'], 'sentence (这家企业 = 睿听声学, named in the sentence before; 持有其全部股权: wholly owned; the parent is in 深圳)')
R(RT, 'located_in', WH, f, ['落户高新区六年来，睿听声学的微型扬声器年产能扩大了四倍'], 'clause (落户Z…来，A的…)')
R(RT, 'partners_with', SJX, f, ['今年3月，它与潍坊视界芯电子有限公司签订了三年期的声学显示一体化模组配套协议'], 'sentence (它 = 睿听声学, the subject of the sentences before; a signed three-year 配套协议)')
R(SJX, 'located_in', WH, f, ['视界芯电子2019年由合肥迁入高新区'], 'clause (A由…迁入Z)')
R(SJX, 'subsidiary_of', SXG, f, ['隶属于总部在合肥的安徽视芯显示集团有限公司'], 'clause (A…隶属于B: parent stated; its head office is elsewhere)')
U(SJX, 'partners_with', HY, f, ['整机厂山东幻域智能科技有限公司是它最大的客户'], _supply + ' (a customer)')
U(LHE, 'partners_with', HY, f, ['现在每月向幻域智能供应外壳和支架逾百万件'], _supply)
U(LHE, 'located_in', WH, f, ['做精密结构件的潍坊朗衡智能装备有限公司'], _scope + ' (a supplier of the cluster in a feature about the zone; its site is not stated)')
U(LHE, 'member_of', K_('virtual-reality'), f, ['五年前转向VR配套'], 'a supplier that turned to VR parts; membership of the cluster is inferred')
U(HY, 'located_in', WH, f, ['并表示明年还将在高新区再建一条产线'], _intent + ' (明年还将在Z再建一条产线: a plan; the site of its present line is not stated; the rumoured move south is denied)')
s = ['潍坊滨海经开区依托化工基础，重点发展化工新材料和海洋装备']
for c in ('chemical-new-materials', 'marine-equipment'):
    R(WB, 'focuses_on', K_(c), f, s, 'clause (Z…重点发展X和Y)')
s = ['高新区虚拟现实产业规模将力争突破千亿元，同时培育人工智能、元宇宙等关联产业']
for c in ('artificial-intelligence', 'metaverse'):
    R(WH, 'focuses_on', K_(c), f, s, 'clause (Z…同时培育X、Y等关联产业)')

# ---- o03 启辰光能 对外投资公告 rewritten as news: 滁州经开区, 中新苏滁高新区 (苏滁现代产业园)
f = 'o03_chuzhou.txt'; CE = 'zone:chuzhou-etdz'; SU = 'zone:chuzhou-suchu-hitech'
QC = C('zhejiang-qichen-solar'); QCI = C('hangzhou-qichen-new-energy-investment'); WD = C('chuzhou-wandong-industrial-investment')
CQ = C('chuzhou-qichen-solar'); QCP = P_('qichen-chuzhou-10gw-modules'); RHN = C('jiangsu-runheng-new-energy-group'); FH = C('chuzhou-fenghua-glass')
s = ['同意由公司及全资子公司杭州启辰新能源投资有限公司，与滁州皖东产业投资有限公司在滁州经济技术开发区共同出资设立滁州启辰光能科技有限公司']
R(QCI, 'subsidiary_of', QC, f, s, 'clause (公司及全资子公司A: 公司 = 启辰光能, the issuer of the announcement)')
R(QC, 'partners_with', WD, f, s, 'clause (A…与B…共同出资设立C: co-founders of the new company)')
R(QCI, 'partners_with', WD, f, s, 'clause (A…与B…共同出资设立C: co-founders of the new company)')
U(QC, 'partners_with', QCI, f, s, 'the issuer and its own wholly owned subsidiary co-invest on the same side; co-founders, but a parent and its subsidiary are not independent partners')
R(CQ, 'located_in', CE, f, s, 'clause (在Z共同出资设立C; the company is registered: 新公司已于近日完成工商登记)')
U(QC, 'owns', QCP, f, ['投资建设启辰滁州年产10GW高效光伏组件项目'], 'the investors\' resolution (同意由…设立C，投资建设B): the builder is left open there; the project is carried out by 滁州启辰 (gold)')
R(CQ, 'subsidiary_of', QC, f, ['滁州启辰将成为启辰光能的控股子公司'], 'clause (A将成为B的控股子公司: control stated; the registration is done)')
for p in (QCI, WD):
    U(CQ, 'subsidiary_of', p, f, ['启辰投资出资1亿元，持股10%；皖东产投出资3亿元，持股30%'], _minority)
R(QCP, 'located_in', CE, f, ['项目选址位于滁州经开区城东片区'], 'sentence (项目 = 启辰滁州年产10GW高效光伏组件项目, the only named project of the article; also 这一项目是区内今年签下的…)')
R(CQ, 'owns', QCP, f, ['项目由滁州启辰具体实施'], 'sentence (项目由A具体实施: the firm carries out the project)')
s = ['滁州经开区把光伏、新能源汽车和智能家电作为三大主导产业培育']
for c in ('photovoltaics', 'new-energy-vehicles', 'smart-home-appliances'):
    R(CE, 'focuses_on', K_(c), f, s, 'clause (Z把X、Y和W作为三大主导产业培育)')
R(QC, 'partners_with', RHN, f, ['公司已与江苏润衡新能源集团有限公司签订为期三年的组件供货框架协议'], 'sentence (公司 = 启辰光能; a signed three-year 供货框架协议)')
U(QC, 'partners_with', FH, f, ['光伏玻璃等辅材初步计划由滁州凤华玻璃科技有限公司等当地企业供应，相关合同尚未签署'], _supply + ' (planned supply, no contract yet)')
U(QC, 'located_in', SU, f, ['启辰光能正与中新苏滁高新技术产业开发区洽谈二期电池片项目的选址，目前双方尚未签署任何协议'], _intent + ' (洽谈, 尚未签署)')
s = ['苏滁现代产业园以高端装备和电子信息为主导']
for c in ('high-end-equipment-manufacturing', 'electronic-information'):
    R(SU, 'focuses_on', K_(c), f, s, 'clause (Z以X和Y为主导)')

# ---- o04 岳阳经开区 上半年经济运行 news item, 岳阳绿色化工高新区
f = 'o04_yueyang.txt'; YE = 'zone:yueyang-etdz'; YG = 'zone:yueyang-green-chemical-hitech'
YX = C('hunan-yuexin-microelectronics'); HD = C('yueyang-huida-optoelectronics'); YXP = P_('yuexin-power-device-packaging'); HDG = C('shenzhen-huida-optics-group')
YT = C('yueyang-yuetou-industrial-development'); XH = C('hunan-xiangheng-hydraulic'); XHG = C('changsha-xiangheng-heavy-industry-group')
CCE = C('hunan-chuchi-auto-electronics'); DT = C('hunan-dongting-jucai-tech'); DTP = P_('dongting-polyolefin-elastomer'); XGS = C('yueyang-xinggang-petrochemical')
RZ = C('shanghai-ruize-medical-devices')
s = ['经开区的电子信息、装备制造和生物医药三大主导产业']
for c in ('electronic-information', 'equipment-manufacturing', 'biomedicine'):
    R(YE, 'focuses_on', K_(c), f, s, 'clause (Z的X、Y和W三大主导产业)')
s = ['以湖南岳芯微电子有限公司和岳阳汇达光电科技有限公司为龙头的电子信息产业']
for c in (YX, HD):
    R(c, 'member_of', K_('electronic-information'), f, s, 'clause (以A和B为龙头的X产业)')
U(HD, 'located_in', YE, f, s, _represents)
R(YX, 'owns', YXP, f, ['湖南岳芯微电子有限公司投资26亿元建设的岳芯功率器件封装测试项目'], 'clause (A投资N亿元建设的B)')
R(YXP, 'located_in', YE, f, ['岳芯功率器件封装测试项目5月在经开区建成投产'], 'clause (B…在Z建成投产)')
U(YX, 'located_in', YE, f, ['岳芯功率器件封装测试项目5月在经开区建成投产'], _only_project + '; the firm also leads the zone\'s industry (以…为龙头)')
s = ['汇达光电由深圳汇达光学集团有限公司与岳阳市岳投产业发展有限公司合资设立']
R(HDG, 'partners_with', YT, f, s, 'clause (C由A与B合资设立: joint venture parents)')
U(HD, 'subsidiary_of', HDG, f, ['汇达光学持股60%'], _ratio)
U(HD, 'subsidiary_of', YT, f, s + ['汇达光学持股60%'], 'the other joint-venture parent (a minority share implied by 汇达光学持股60%); no control stated')
R(XH, 'located_in', YE, f, ['湖南湘恒液压机械有限公司从长沙整体搬迁至经开区'], 'clause (A从…整体搬迁至Z)')
R(XH, 'subsidiary_of', XHG, f, ['该公司的控股股东为长沙湘恒重工集团有限公司'], 'sentence (该公司 = 湘恒液压, named in the sentence before; 控股股东: control stated; the parent is in 长沙)')
R(YX, 'partners_with', CCE, f, ['岳芯微电子与湖南楚驰汽车电子有限公司签订了为期四年的车规级功率模块供货协议'], 'clause (a signed four-year 供货协议)')
R(DT, 'located_in', YG, f, ['区内的湖南洞庭聚材科技有限公司'], 'sentence (区内 = 绿色化工高新区, the subject of the paragraph: 在Z，…。上半年，该区…)')
R(DT, 'owns', DTP, f, ['湖南洞庭聚材科技有限公司投资9亿元建设的洞庭聚烯烃弹性体项目'], 'clause (A投资N亿元建设的B)')
U(DTP, 'located_in', YG, f, ['区内的湖南洞庭聚材科技有限公司投资9亿元建设的洞庭聚烯烃弹性体项目'], _project_of_placed)
U(DT, 'partners_with', XGS, f, ['所需乙烯原料将由相邻的岳阳兴港石化有限公司通过管道供应'], _supply + ' (future pipeline supply)')
U(XGS, 'located_in', YG, f, ['所需乙烯原料将由相邻的岳阳兴港石化有限公司通过管道供应'], '相邻的 (neighbouring) does not say whether the supplier lies inside the zone')
U(RZ, 'located_in', YE, f, ['经开区正与上海睿泽医疗器械有限公司洽谈诊断试剂生产基地项目，尚未签约'], _intent + ' (洽谈, 尚未签约)')
s = ['绿色化工高新区则提出，将围绕化工新材料和电子化学品两个方向，引进一批补链强链项目']
for c in ('chemical-new-materials', 'electronic-chemicals'):
    R(YG, 'focuses_on', K_(c), f, s, 'clause (Z…将围绕X和Y两个方向，引进…项目; also 其中化工新材料产值占比提高到31% in the zone\'s paragraph)')

# ---- o05 湖州 (市政府工作报告 excerpt: last year's review, this year's tasks; three zones)
f = 'o05_huzhou.txt'; HE = 'zone:huzhou-etdz'; HM = 'zone:huzhou-moganshan-hitech'; CX = 'zone:changxing-etdz'
HP = C('shanghai-huapai-biotech-group'); HPB = C('huzhou-huapai-biomedicine'); CN = C('zhejiang-changneng-power-group'); DH = C('japan-towa-kasei')
CH = C('zhejiang-changhe-energy-storage-materials'); KT = C('zhejiang-kantu-spatial-info'); LYB = C('huzhou-lvyuan-battery'); HX = C('zhejiang-hengxin-semiconductor')
R(HPB, 'subsidiary_of', HP, f, ['上海华湃生物科技集团有限公司旗下湖州华湃生物医药有限公司'], 'clause (B旗下C, as dev9 n03 `A是B旗下企业`)')
R(HPB, 'located_in', HE, f, ['湖州经济技术开发区实现规上工业产值1260亿元，新招引上海华湃生物科技集团有限公司旗下湖州华湃生物医药有限公司等亿元以上项目31个'], 'clause (Z…新招引A等项目: 招引 places, seed convention)')
U(HP, 'located_in', HE, f, ['引导华湃集团将华东研发中心放在湖州'], _plan + '; 湖州 is the city, not the zone')
R(CN, 'partners_with', DH, f, ['浙江长能电源集团有限公司与日本东和化成株式会社合资的浙江长和储能材料有限公司'], 'clause (A与B合资的C: joint venture parents)')
R(CH, 'located_in', CX, f, ['长兴经开区内，浙江长能电源集团有限公司与日本东和化成株式会社合资的浙江长和储能材料有限公司建成投产'], 'clause (Z内，…C建成投产)')
R(CH, 'subsidiary_of', CN, f, ['长能集团控股'], 'clause (A控股: control stated in words)')
U(CH, 'subsidiary_of', DH, f, ['浙江长能电源集团有限公司与日本东和化成株式会社合资的浙江长和储能材料有限公司'], _minority)
R(KT, 'located_in', HM, f, ['莫干山高新区的浙江瞰图空间信息科技有限公司', '最终留在了莫干山高新区'], 'clause (Z的A; the planned move to 杭州 did not happen: 最终留在了Z)')
R(CH, 'partners_with', LYB, f, ['长和储能材料与湖州绿源电池有限公司签订了五年期正极材料供货协议'], 'clause (a signed five-year 供货协议)')
s = ['支持湖州经开区做强生物医药和新一代信息技术两大主导产业']
for c in ('biomedicine', 'new-generation-it'):
    R(HE, 'focuses_on', K_(c), f, s, 'clause (the city\'s task names the zone: 支持Z做强X和Y两大主导产业, as dev4 e04, dev8 m06, dev9 n07)')
U(HX, 'located_in', HE, f, ['推动浙江恒芯半导体有限公司功率芯片项目年内开工'], _plan + ' (the zone is named only in the clause before)')
s = ['推动莫干山高新区聚焦地理信息产业和高端装备']
for c in ('geographic-information', 'high-end-equipment-manufacturing'):
    R(HM, 'focuses_on', K_(c), f, s, 'clause (the city\'s task: 推动Z聚焦X和Y; 地理信息产业集群 is also the zone\'s in last year\'s review)')
U(KT, 'member_of', K_('geographic-information'), f, ['支持瞰图科技牵头组建地理信息产业创新联合体'], 'a plan item: the firm is to lead an innovation alliance of the industry; membership is inferred')
R(CX, 'focuses_on', K_('energy-storage'), f, ['支持长兴经开区打造长三角重要的新型储能基地'], 'clause (the city\'s task: 支持Z打造…X基地; also 新型储能产业链加快成形 in last year\'s review)')

# ---- o06 马鞍山经开区 重点项目建设 report, sub-zone 马鞍山综合保税区, 慈湖高新区
f = 'o06_maanshan.txt'; ME = 'zone:maanshan-etdz'; MC = 'zone:maanshan-cbz'; CH = 'zone:maanshan-cihu-hitech'
RC = C('anhui-ruichi-rail-transit-equipment'); RCP = P_('ruichi-intercity-emu-bogie'); CCG = C('jiangsu-changchi-rail-transit-group'); JD = C('maanshan-jingduan-machinery')
HCD = C('maanshan-hengchi-edrive'); KTC = C('anhui-kaitu-auto-parts'); KTP = P_('kaitu-auto-thermal-management'); XY = C('shenzhen-xingyi-smart-appliances')
JY = C('maanshan-jingyue-electronics'); JYP = P_('jingyue-server-bonded-processing'); YXI = C('shanghai-yunxiu-info-tech')
GL = C('maanshan-ganglian-new-materials'); JDG = C('maanshan-jiangdong-steel-group'); ST = C('austria-stein-metal-tech'); GLP = P_('ganglian-high-strength-auto-sheet')
HYB = C('anhui-heyuan-biotech'); HYP = P_('heyuan-synthetic-biology-pilot-base')
s = ['经开区今年的项目布局紧扣轨道交通装备、新能源汽车和智能家电三大主导产业']
for c in ('rail-transit-equipment', 'new-energy-vehicles', 'smart-home-appliances'):
    R(ME, 'focuses_on', K_(c), f, s, 'clause (Z…紧扣X、Y和W三大主导产业)')
R(RCP, 'located_in', ME, f, ['在经开区东区，锐驰城际动车组转向架项目的主厂房上月已经封顶'], 'clause (在Z东区，B的主厂房…封顶)')
R(RC, 'owns', RCP, f, ['项目业主是安徽锐驰轨道交通装备有限公司'], 'sentence (项目 = the project named in the sentence before; 业主 = owner)')
U(RC, 'located_in', ME, f, ['项目业主是安徽锐驰轨道交通装备有限公司'], _only_project)
U(RC, 'member_of', K_('rail-transit-equipment'), f, ['轨道交通装备板块进度最快'], 'the firm\'s project is reported under the 轨道交通装备板块 heading sentence; membership is inferred')
R(RC, 'subsidiary_of', CCG, f, ['锐驰轨道是江苏常驰轨道交通集团有限公司的全资子公司'], 'clause (A是B的全资子公司; the group\'s head office is in 常州)')
R(RC, 'partners_with', JD, f, ['锐驰轨道已与马鞍山精锻机械有限公司签订了为期五年的构架锻件供应协议'], 'clause (a signed five-year 供应协议)')
R(HCD, 'located_in', ME, f, ['马鞍山恒驰电驱科技有限公司去年由苏州整体迁入经开区'], 'clause (A由…整体迁入Z)')
U(HCD, 'member_of', K_('new-energy-vehicles'), f, ['新能源汽车板块同样亮点不少。马鞍山恒驰电驱科技有限公司'], 'a parts maker reported under the 新能源汽车板块 sentence; membership is inferred')
R(KTC, 'owns', KTP, f, ['由安徽凯途汽车部件有限公司投资12亿元建设的凯途汽车热管理系统项目'], 'clause (由A投资N亿元建设的B)')
U(KTP, 'located_in', ME, f, ['由安徽凯途汽车部件有限公司投资12亿元建设的凯途汽车热管理系统项目进入桩基施工阶段'], _scope + ' (a project of the zone\'s list, in the zone\'s 新能源汽车 paragraph; no zone word in the sentence)')
U(KTC, 'located_in', ME, f, ['由安徽凯途汽车部件有限公司投资12亿元建设的凯途汽车热管理系统项目进入桩基施工阶段'], _scope + '; the project itself is only placed by scope')
U(XY, 'located_in', ME, f, ['经开区正与深圳星翼智能家电有限公司洽谈华东生产基地项目，目前尚未签约'], _intent + ' (洽谈, 尚未签约)')
R(MC, 'located_in', ME, f, ['作为经开区的“区中区”，马鞍山综合保税区'], 'clause (作为Z的“区中区”，sub-zone: the sub-zone lies in the zone)')
R(JYP, 'located_in', MC, f, ['综保区内，马鞍山晶跃电子科技有限公司的晶跃服务器整机保税加工项目已完成设备调试'], 'clause (综保区内，A的B已完成…)')
R(JY, 'owns', JYP, f, ['马鞍山晶跃电子科技有限公司的晶跃服务器整机保税加工项目'], 'clause (A的B: the firm\'s project)')
U(JY, 'located_in', MC, f, ['综保区内，马鞍山晶跃电子科技有限公司的晶跃服务器整机保税加工项目'], _only_project)
U(JYP, 'located_in', ME, f, ['综保区内，马鞍山晶跃电子科技有限公司的晶跃服务器整机保税加工项目'], _transitive)
U(JY, 'partners_with', YXI, f, ['产品主要交付上海云岫信息技术有限公司'], _supply)
R(CH, 'focuses_on', K_('advanced-structural-materials'), f, ['慈湖高新区以先进结构材料为主攻方向'], 'clause (Z以X为主攻方向)')
R(GL, 'located_in', CH, f, ['位于慈湖高新区的马鞍山钢联新材料有限公司'], 'clause (位于Z的A)')
s = ['是马鞍山江东钢铁集团有限公司和奥地利施泰因金属技术公司的合资企业']
R(JDG, 'partners_with', ST, f, s, 'clause (A是B和C的合资企业: joint venture parents)')
for p in (JDG, ST):
    U(GL, 'subsidiary_of', p, f, s + ['两家股东持股比例相同'], _equal)
R(GL, 'owns', GLP, f, ['公司的钢联高强汽车板项目目前正在安装设备'], 'sentence (公司 = 钢联新材料, the subject of the sentence before; A的B)')
U(GLP, 'located_in', CH, f, ['公司的钢联高强汽车板项目目前正在安装设备'], _project_of_placed)
s = ['安徽禾原生物科技有限公司计划在经开区建设的禾原合成生物中试基地项目']
R(HYB, 'owns', HYP, f, s, 'clause (A计划…建设的B: the firm is the project\'s builder; only the site and the start are plans)')
U(HYP, 'located_in', ME, f, s + ['至今尚未开工'], _intent + ' (计划在Z建设…尚未开工)')

# ---- o07 衡阳高新区 新闻发布会 (答问实录; 我们 = the zone in its deputy director's answers), 松木经开区
f = 'o07_hengyang.txt'; HG = 'zone:hengyang-hitech'; SM = 'zone:hengyang-songmu-edz'
XN = C('hengyang-xiangneng-electric'); XNG = C('hunan-xiangneng-electric-group'); BC = C('hengyang-bochuan-new-materials'); BCP = P_('bochuan-electronic-paste')
BCG = C('jiangxi-bochuan-group'); ZL = C('hengyang-zhilian-electronics'); YD = C('shenzhen-yunding-communication'); ZD = C('hengyang-zhiding-communication-equipment')
HT = C('hengyang-haitai-chemical-new-materials'); CT = C('hunan-chutian-optoelectronics'); XT = C('beijing-xingtu-aviation-tech')
s = ['我们坚持产业立区，输变电装备和电子信息两大主导产业产值占比达到68%', '我们将继续做强这两大主导产业']
for c in ('power-transmission-equipment', 'electronic-information'):
    R(HG, 'focuses_on', K_(c), f, s, 'sentence (我们 = 衡阳高新区 in its deputy director\'s words: X和Y两大主导产业; 继续做强这两大主导产业)')
R(HG, 'focuses_on', K_('low-altitude-economy'), f, ['同时培育低空经济等新兴产业'], 'clause (我们将…同时培育X等新兴产业; 我们 = the zone)')
R(XN, 'located_in', HG, f, ['这家企业2018年落户高新区'], 'sentence (这家企业 = 衡阳湘能电气有限公司, named in the sentence before; 落户Z)')
R(XN, 'subsidiary_of', XNG, f, ['是湖南湘能电气集团股份有限公司控股的企业'], 'clause (A…是B控股的企业: control stated)')
R(XN, 'member_of', K_('power-transmission-equipment'), f, ['目前是我们输变电装备产业的龙头'], 'clause (A…是我们X产业的龙头; 我们 = the zone)')
R(BC, 'owns', BCP, f, ['衡阳铂川新材料有限公司投资15亿元建设的铂川电子浆料项目'], 'clause (A投资N亿元建设的B)')
R(BCP, 'located_in', HG, f, ['6月底在高新区正式投产'], 'clause (B，…在Z正式投产)')
U(BC, 'located_in', HG, f, ['6月底在高新区正式投产'], _only_project + ' (这是它在省外的第一个生产基地 speaks of the group\'s base)')
R(BC, 'subsidiary_of', BCG, f, ['铂川新材料由江西铂川集团有限公司控股'], 'clause (A由B控股: control stated; the group is in 南昌)')
U(HG, 'focuses_on', K_('communication-equipment'), f, ['高新区在通信设备领域有什么布局？'], 'the journalist\'s question names the field; the answer reports a joint venture, not a target of the zone')
R(ZL, 'located_in', HG, f, ['区内企业衡阳智联电子有限公司'], 'clause (区内企业A; 区内 = 衡阳高新区, the subject of the question and the speaker\'s zone)')
s = ['衡阳智联电子有限公司与深圳云鼎通信技术有限公司合资成立了衡阳智鼎通信设备有限公司']
R(ZL, 'partners_with', YD, f, s, 'clause (A与B合资成立了C: joint venture parents)')
R(ZD, 'subsidiary_of', ZL, f, ['其中智联电子持股51%，为控股方'], 'clause (A持股51%，为控股方: control stated in words)')
U(ZD, 'subsidiary_of', YD, f, s, _minority)
R(ZD, 'located_in', HG, f, ['智鼎通信首批基站滤波器已在高新区下线'], 'clause (A首批…已在Z下线: the firm produces in the zone, as dev9 n06 `已在Z竣工`)')
s = ['松木经开区以盐化工和精细化工为主']
for c in ('salt-chemicals', 'fine-chemicals'):
    R(SM, 'focuses_on', K_(c), f, s, 'clause (Z以X和Y为主)')
R(HT, 'located_in', SM, f, ['松木经开区的衡阳海泰化工新材料有限公司'], 'clause (Z的A)')
R(HT, 'partners_with', XN, f, ['去年和湘能电气签了为期三年的绝缘材料长期供货协议'], 'clause (A…和B签了为期三年的…供货协议)')
R(CT, 'located_in', HG, f, ['但公司总部和一期工厂仍在高新区'], 'sentence (公司 = 楚天光电; its head office and first plant are in the zone; the second phase moved to 衡阳县, no relation)')
U(XT, 'located_in', HG, f, ['我们正和北京星途航空科技有限公司洽谈无人机总装项目，目前还没有签约'], _intent + ' (洽谈, 还没有签约)')

# ---- o08 禾骏农机 企业成长记 (profile of a private firm), 荆门高新区, 荆门化工循环产业园
f = 'o08_jingmen.txt'; JM = 'zone:jingmen-hitech'; JH = 'zone:jingmen-chemical-recycling-park'
HJ = C('hubei-hejun-intelligent-agri-machinery'); CHG = C('chuhe-holding-group'); LD = C('shandong-ludong-engine'); JC = C('hubei-jingchu-coatings')
DG = C('changzhou-donggeng-power-tech'); HGC = C('jingmen-hegeng-transmission'); TK = C('xinjiang-tianken-agri-services-group')
DGY = C('yunnan-diangeng-agri-tech'); HJP = P_('hejun-hilly-smart-agri-machinery')
R(HJ, 'located_in', JM, f, ['2014年，禾骏农机搬进高新区'], 'clause (A搬进Z)')
R(HJ, 'subsidiary_of', CHG, f, ['楚禾控股集团有限公司入股禾骏农机并成为控股股东'], 'clause (B入股A并成为控股股东: control stated; the group is in 武汉)')
R(HJ, 'partners_with', LD, f, ['禾骏农机与山东鲁动发动机有限公司签订了五年期的发动机供货协议'], 'clause (a signed five-year 供货协议)')
R(JC, 'located_in', JH, f, ['荆门化工循环产业园的湖北荆楚涂料科技有限公司'], 'clause (Z的A)')
U(HJ, 'partners_with', JC, f, ['覆盖件所用的涂料，则大多采购自荆门化工循环产业园的湖北荆楚涂料科技有限公司'], _supply + ' (采购自)')
R(JH, 'focuses_on', K_('fine-chemicals'), f, ['这个园区主打精细化工'], 'sentence (这个园区 = 荆门化工循环产业园, named just before; 主打X)')
s = ['禾骏农机又与常州东耕动力科技有限公司合资成立荆门禾耕传动科技有限公司']
R(HJ, 'partners_with', DG, f, s, 'clause (A与B合资成立C: joint venture parents)')
for p in (HJ, DG):
    U(HGC, 'subsidiary_of', p, f, s + ['双方各持一半股份'], _equal)
U(HGC, 'located_in', JM, f, ['新公司的厂房就在禾骏农机隔壁'], 'the plant is next door to 禾骏农机 (隔壁): placement by inference')
R(TK, 'partners_with', HJ, f, ['新疆天垦农业服务集团有限公司与禾骏农机签下三年期采购框架协议'], 'clause (a signed three-year 采购框架协议)')
U(DGY, 'partners_with', HJ, f, ['云南滇耕农业科技有限公司也从去年开始少量采购公司的果园作业机'], _supply + ' (少量采购)')
R(HJ, 'member_of', K_('agricultural-machinery'), f, ['禾骏农机被认定为高新区农机装备产业链的“链主”企业'], 'clause (A被认定为Z X产业链的“链主”企业)')
s = ['高新区相关负责人介绍，近年来园区着力培育农机装备和通用航空两大特色产业']
for c in ('agricultural-machinery', 'general-aviation'):
    R(JM, 'focuses_on', K_(c), f, s, 'sentence (园区 = 荆门高新区 in the words of its official; 着力培育X和Y两大特色产业; also 带动了高新区农机装备产业的集聚)')
R(HJ, 'owns', HJP, f, ['公司计划明年在高新区启动禾骏丘陵山地智能农机产业化项目'], 'sentence (公司 = 禾骏农机; the firm is the builder of its planned project; only the site and the start are plans)')
U(HJP, 'located_in', JM, f, ['公司计划明年在高新区启动禾骏丘陵山地智能农机产业化项目，总投资15亿元，目前正在办理用地手续'], _intent + ' (计划明年…启动, 正在办理用地手续)')
