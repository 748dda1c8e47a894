# Gold annotation of the dev7 corpus, written as anchored text so that offsets are computed, never typed.
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

# ---------------------------------------------------------------- k01 山西综改示范区 (policy document 若干措施)
MENTIONS['k01_taiyuan.txt'] = [
    ('[山西转型综合改革示范区]支持信', 'zone:shanxi-transformation-demo-zone'),
    ('支持[信创产业]和第三', 'cluster:information-innovation'),
    ('和[第三代半导体产业]发展的', 'cluster:third-gen-semiconductors'),
    ('群，推动[信创产业]和第三', 'cluster:information-innovation'),
    ('和[第三代半导体产业]在示范', 'cluster:third-gen-semiconductors'),
    ('在[示范区]集聚成', 'zone:shanxi-transformation-demo-zone'),
    ('策，结合[示范区]实际，', 'zone:shanxi-transformation-demo-zone'),
    ('适用于在[山西综改示范区]依法登', 'zone:shanxi-transformation-demo-zone'),
    ('攻方向。[示范区]以信息', 'zone:shanxi-transformation-demo-zone'),
    ('以[信息技术应用创新]和第三', 'cluster:information-innovation'),
    ('和[第三代半导体]为两大', 'cluster:third-gen-semiconductors'),
    ('同步培育[新能源汽车]和氢能', 'cluster:new-energy-vehicles'),
    ('和[氢能]两个潜', 'cluster:hydrogen'),
    ('0亿元。[示范区]下辖的', 'zone:shanxi-transformation-demo-zone'),
    ('下辖的[唐槐产业园区]、潇河', 'zone:taiyuan-tanghuai-park'),
    ('、[潇河产业园区]分别作', 'zone:xiaohe-park'),
    ('。（注：[山西晋芯信息技术有限公司]是示范', 'company:shanxi-jinxin-info-tech'),
    ('是[示范区]信创产', 'zone:shanxi-transformation-demo-zone'),
    ('[信创产业链]链主企', 'cluster:information-innovation'),
    ('亿元，其[晋芯服务器整机智能工厂]位于唐', 'project:jinxin-server-smart-factory'),
    ('位于[唐槐产业园区]。）', 'zone:taiyuan-tanghuai-park'),
    ('。（注：[太原烁晶半导体材料有限公司]投资2', 'company:taiyuan-shuojing-semiconductor-materials'),
    ('元建设的[烁晶碳化硅衬底及外延片项目]于20', 'project:shuojing-sic-substrate-epi'),
    ('年9月在[潇河产业园区]开工，', 'zone:xiaohe-park'),
    ('开工，是[示范区]当年单', 'zone:shanxi-transformation-demo-zone'),
    ('该公司由[山西汾岳投资集团有限公司]控股。', 'company:shanxi-fenyue-investment-group'),
    ('24年，[晋芯信息]与太原', 'company:shanxi-jinxin-info-tech'),
    ('与[太原云帆存储科技有限公司]签订五', 'company:taiyuan-yunfan-storage'),
    ('业均位于[示范区]。）', 'zone:shanxi-transformation-demo-zone'),
    ('亿元的，[示范区]按实缴', 'zone:shanxi-transformation-demo-zone'),
    ('。（注：[山西汾岳投资集团有限公司]与江苏', 'company:shanxi-fenyue-investment-group'),
    ('与[江苏启衡半导体股份有限公司]合资成', 'company:jiangsu-qiheng-semiconductor'),
    ('资成立的[山西启岳功率器件有限公司]，汾岳', 'company:shanxi-qiyue-power-devices'),
    ('考虑放在[潇河产业园区]。）', 'zone:xiaohe-park'),
    ('。（注：[云帆存储]与太原', 'company:taiyuan-yunfan-storage'),
    ('布局。对[新能源汽车]、氢能', 'cluster:new-energy-vehicles'),
    ('、[氢能]领域首', 'cluster:hydrogen'),
    ('。（注：[太原锐驰新能源汽车科技有限公司]拟在示', 'company:taiyuan-ruichi-nev-tech'),
    ('拟在[示范区]建设年', 'zone:shanxi-transformation-demo-zone'),
    ('项目符合[示范区]多项政', 'zone:shanxi-transformation-demo-zone'),
    ('年内迁出[示范区]的企业', 'zone:shanxi-transformation-demo-zone'),
    ('三年，由[山西转型综合改革示范区]管理委', 'zone:shanxi-transformation-demo-zone'),
]

# ---------------------------------------------------------------- k02 包头稀土高新区 (中标结果公示)
MENTIONS['k02_baotou.txt'] = [
    ('[包头稀土高新区]稀土永', 'zone:baotou-rare-earth-hitech'),
    ('[稀土永磁电机产业园标准化厂房（一期）工程]中标结', 'project:baotou-pm-motor-park-standard-plants-ph1'),
    ('[包头稀土高新技术产业开发区]稀土永', 'zone:baotou-rare-earth-hitech'),
    ('[稀土永磁电机产业园标准化厂房（一期）工程]已于2', 'project:baotou-pm-motor-park-standard-plants-ph1'),
    ('目名称：[包头稀土高新区]稀土永', 'zone:baotou-rare-earth-hitech'),
    ('[稀土永磁电机产业园标准化厂房（一期）工程]', 'project:baotou-pm-motor-park-standard-plants-ph1'),
    ('招标人：[包头稀土高新区稀创产业投资有限公司]', 'company:baotou-xichuang-industrial-investment'),
    ('理机构：[内蒙古恒正工程咨询有限公司]', 'company:inner-mongolia-hengzheng-consulting'),
    ('设地点：[包头稀土高新区]万水泉', 'zone:baotou-rare-earth-hitech'),
    ('中标人：[内蒙古北辰建工集团有限公司]', 'company:inner-mongolia-beichen-construction'),
    ('候选人：[内蒙古北辰建工集团有限公司]，投标', 'company:inner-mongolia-beichen-construction'),
    ('候选人：[包头市钢城建设工程有限公司]，投标', 'company:baotou-gangcheng-construction'),
    ('候选人：[内蒙古垣通建设有限公司]，投标', 'company:inner-mongolia-yuantong-construction'),
    ('招标人系[包头稀投控股集团有限公司]全资设', 'company:baotou-xitou-holding-group'),
    ('总部位于[包头装备制造产业园区]，近三', 'zone:baotou-equipment-manufacturing-park'),
    ('工程包括[包头装备制造产业园区重型装备联合厂房项目]。', 'project:baotou-heavy-equipment-joint-plant'),
    ('业出租。[包头瑞磁电机科技有限公司]、内蒙', 'company:baotou-ruici-motor'),
    ('、[内蒙古稀驰驱动技术有限公司]已与招', 'company:inner-mongolia-xichi-drive'),
    ('4．[高新区]以稀土', 'zone:baotou-rare-earth-hitech'),
    ('以[稀土新材料]为首位', 'cluster:rare-earth-materials'),
    ('同步发展[风电装备]和新能', 'cluster:wind-power'),
    ('和[新能源汽车]两大配', 'cluster:new-energy-vehicles'),
    ('招标人：[包头稀土高新区稀创产业投资有限公司]\u3000联系', 'company:baotou-xichuang-industrial-investment'),
    ('理机构：[内蒙古恒正工程咨询有限公司]\u3000联系', 'company:inner-mongolia-hengzheng-consulting'),
    ('[包头稀土高新区稀创产业投资有限公司]', 'company:baotou-xichuang-industrial-investment'),
]

# ---------------------------------------------------------------- k03 仲恺高新区 / 大亚湾经开区 (TV news script)
MENTIONS['k03_huizhou.txt'] = [
    ('州新闻：[仲恺高新区]超高清', 'zone:huizhou-zhongkai-hitech'),
    ('[超高清视频产业]加速成', 'cluster:ultra-hd-video'),
    ('速成链\u3000[大亚湾]石化下', 'zone:huizhou-dayawan-etdz'),
    ('者先走进[仲恺高新区]，再到', 'zone:huizhou-zhongkai-hitech'),
    ('，再到[大亚湾经济技术开发区]，看看', 'zone:huizhou-dayawan-etdz'),
    ('在位于[仲恺高新区]陈江街', 'zone:huizhou-zhongkai-hitech'),
    ('江街道的[惠州晟显光电科技有限公司]，一条', 'company:huizhou-shengxian-optoelectronics'),
    ('亿元，是[仲恺高新区]超高清', 'zone:huizhou-zhongkai-hitech'),
    ('[超高清视频产业]的龙头', 'cluster:ultra-hd-video'),
    ('其新建的[晟显Mini LED背光模组扩产项目]今年5', 'project:shengxian-miniled-backlight-expansion'),
    ('同期声】[惠州晟显光电科技有限公司]总经理', 'company:huizhou-shengxian-optoelectronics'),
    ('园区里的[惠州华彩显示技术有限公司]采购，', 'company:huizhou-huacai-display'),
    ('选择落户[仲恺]的重要', 'zone:huizhou-zhongkai-hitech'),
    ('潼湖镇，[惠州智驰通讯设备有限公司]的5G', 'company:huizhou-zhichi-communication'),
    ('家企业是[深圳智驰科技股份有限公司]的全资', 'company:shenzhen-zhichi-tech'),
    ('整体迁入[仲恺]，成为', 'zone:huizhou-zhongkai-hitech'),
    ('据了解，[仲恺高新区]目前已', 'zone:huizhou-zhongkai-hitech'),
    ('前已集聚[新型显示]、超高', 'cluster:new-display'),
    ('、[超高清视频]上下游', 'cluster:ultra-hd-video'),
    ('下一步，[高新区]将围绕', 'zone:huizhou-zhongkai-hitech'),
    ('将围绕[新型显示]、超高', 'cluster:new-display'),
    ('、[超高清视频]和智能', 'cluster:ultra-hd-video'),
    ('和[智能终端]三条产', 'cluster:smart-terminals'),
    ('同期声】[仲恺高新区]投资促', 'zone:huizhou-zhongkai-hitech'),
    ('新引进了[惠州芯视界半导体有限公司]等12', 'company:huizhou-xinshijie-semiconductor'),
    ('目，其中[芯视界驱动芯片封测基地]计划明', 'project:xinshijie-driver-ic-packaging-base'),
    ('客商建议[高新区]规划一', 'zone:huizhou-zhongkai-hitech'),
    ('从[仲恺]驱车向', 'zone:huizhou-zhongkai-hitech'),
    ('，就到了[大亚湾经开区]。在经', 'zone:huizhou-dayawan-etdz'),
    ('。在[经开区]的核心', 'zone:huizhou-dayawan-etdz'),
    ('的核心区[大亚湾石化区]，惠州', 'zone:dayawan-petrochemical-area'),
    ('，[惠州澜海新材料有限公司]投资5', 'company:huizhou-lanhai-new-materials'),
    ('元建设的[澜海高端聚烯烃项目]已进入', 'project:lanhai-high-end-polyolefin'),
    ('该项目由[澜海新材料]与新加', 'company:huizhou-lanhai-new-materials'),
    ('与[新加坡启丰化学私人有限公司]合资建', 'company:qifeng-chemical-singapore'),
    ('同期声】[惠州澜海新材料有限公司]项目负', 'company:huizhou-lanhai-new-materials'),
    ('由隔壁的[惠州湾澳石化有限公司]通过管', 'company:huizhou-wanao-petrochemical'),
    ('我们选择[大亚湾]，看中', 'zone:huizhou-dayawan-etdz'),
    ('消息称，[澜海新材料]将在仲', 'company:huizhou-lanhai-new-materials'),
    ('将在[仲恺高新区]设立研', 'zone:huizhou-zhongkai-hitech'),
    ('此计划。[大亚湾经开区]有关负', 'zone:huizhou-dayawan-etdz'),
    ('人表示，[经开区]将继续', 'zone:huizhou-dayawan-etdz'),
    ('将继续以[石油化工]为主导', 'cluster:petrochemicals'),
    ('主导，向[化工新材料]和电子', 'cluster:chemical-new-materials'),
    ('和[电子化学品]方向延', 'cluster:electronic-chemicals'),
    ('个，其中[惠州湾澳石化有限公司]新建的', 'company:huizhou-wanao-petrochemical'),
    ('新建的[湾澳乙烯裂解装置扩能改造项目]预计今', 'project:wanao-ethylene-cracker-expansion'),
]
UNCERTAIN_MENTIONS['k03_huizhou.txt'] = [
    ('板主要从[园区]里的惠', 'zone:huizhou-zhongkai-hitech', "bare 园区 (the tool lists it as a pronoun with mention=no; earlier sets keep such uses uncertain); here, in a firm manager's speaker turn, it means 仲恺高新区"),
]

# ---------------------------------------------------------------- k04 嘉兴经开区 / 秀洲高新区 (评论员文章)
MENTIONS['k04_jiaxing.txt'] = [
    ('传开：在[嘉兴经济技术开发区]扎根十', 'zone:jiaxing-etdz'),
    ('十八年的[嘉兴恒岳汽车部件有限公司]，最终', 'company:jiaxing-hengyue-auto-parts'),
    ('元，建设[恒岳轻量化底盘件智能工厂]。该公', 'project:hengyue-lightweight-chassis-smart-factory'),
    ('该公司是[经开区]汽车零', 'zone:jiaxing-etdz'),
    ('[汽车零部件产业]的骨干', 'cluster:auto-parts'),
    ('为了留住[恒岳]，嘉兴', 'company:jiaxing-hengyue-auto-parts'),
    ('，[嘉兴经开区]的服务', 'zone:jiaxing-etdz'),
    ('非个例。[经开区]城南街', 'zone:jiaxing-etdz'),
    ('南街道的[嘉兴云织智能家居有限公司]，是智', 'company:jiaxing-yunzhi-smart-home'),
    ('，是[智能家居]领域的', 'cluster:smart-home'),
    ('房告急，[经开区]两周内', 'zone:jiaxing-etdz'),
    ('的精度。[恒岳]之所以', 'company:jiaxing-hengyue-auto-parts'),
    ('主要客户[嘉兴驰远汽车科技有限公司]也在经', 'company:jiaxing-chiyuan-auto-tech'),
    ('也在[经开区]，两家', 'zone:jiaxing-etdz'),
    ('再看[秀洲高新区]。嘉兴', 'zone:jiaxing-xiuzhou-hitech'),
    ('。[嘉兴曜辰光能科技有限公司]在高新', 'company:jiaxing-yaochen-solar-tech'),
    ('在[高新区]投资建', 'zone:jiaxing-xiuzhou-hitech'),
    ('资建设的[曜辰高效光伏电池片扩产项目]，从签', 'project:yaochen-high-efficiency-pv-cell-expansion'),
    ('该公司与[德国赛林光电股份公司]合资成', 'company:germany-sailin-optoelectronics'),
    ('资成立的[嘉兴曜林光电材料有限公司]，由曜', 'company:jiaxing-yaolin-optoelectronic-materials'),
    ('，由[曜辰]控股6', 'company:jiaxing-yaochen-solar-tech'),
    ('今年也在[高新区]落地。', 'zone:jiaxing-xiuzhou-hitech'),
    ('落地。[秀洲高新区]以光伏', 'zone:jiaxing-xiuzhou-hitech'),
    ('以[光伏]为首位', 'cluster:photovoltaics'),
    ('年来又把[智能传感器]作为第', 'cluster:smart-sensors'),
    ('设备企业[浙江禾丰精密机械有限公司]，原计', 'company:zhejiang-hefeng-precision-machinery'),
    ('计划落户[经开区]，后因', 'zone:jiaxing-etdz'),
    ('人建议，[经开区]应当把', 'zone:jiaxing-etdz'),
    ('用于引进[人工智能]企业。', 'cluster:artificial-intelligence'),
    ('得商榷。[经开区]多年来', 'zone:jiaxing-etdz'),
    ('来形成的[汽车零部件]、智能', 'cluster:auto-parts'),
    ('、[智能家居]两大产', 'cluster:smart-home'),
    ('让更多像[恒岳]这样的', 'company:jiaxing-hengyue-auto-parts'),
]

# ---------------------------------------------------------------- k05 洛阳高新区 (统计公报 excerpt)
MENTIONS['k05_luoyang.txt'] = [
    ('[洛阳高新区]202', 'zone:luoyang-hitech'),
    ('[洛阳高新技术产业开发区]统计局', 'zone:luoyang-hitech'),
    ('（一）[新材料]。全年', 'cluster:new-materials'),
    ('.6%。[洛阳钼晟新材料股份有限公司]、洛阳', 'company:luoyang-mosheng-new-materials'),
    ('、[洛阳恒钛金属科技有限公司]等新材', 'company:luoyang-hengtai-metal-tech'),
    ('等[新材料]企业产', 'cluster:new-materials'),
    ('（二）[高端装备制造]。全年', 'cluster:high-end-equipment-manufacturing'),
    ('.1%。[洛阳鼎衡轴承股份有限公司]、洛阳', 'company:luoyang-dingheng-bearing'),
    ('、[洛阳中岳智能装备有限公司]等企业', 'company:luoyang-zhongyue-intelligent-equipment'),
    ('的增量。[鼎衡轴承]注册地', 'company:luoyang-dingheng-bearing'),
    ('注册地在[洛阳经开区]，主要', 'zone:luoyang-etdz'),
    ('基地位于[高新区]丰李镇', 'zone:luoyang-hitech'),
    ('（三）[机器人产业]。全年', 'cluster:robotics'),
    ('。其中，[洛阳睿动机器人有限公司]全年交', 'company:luoyang-ruidong-robotics'),
    ('（四）[电子信息]。全年', 'cluster:electronic-information'),
    ('29个。[洛阳钼晟新材料股份有限公司]投资建', 'company:luoyang-mosheng-new-materials'),
    ('资建设的[钼晟高纯钼靶材产业化项目]、洛阳', 'project:mosheng-high-purity-mo-target'),
    ('、[洛阳睿动机器人有限公司]投资建', 'company:luoyang-ruidong-robotics'),
    ('资建设的[睿动协作机器人智能工厂]是年内', 'project:ruidong-cobot-smart-factory'),
    ('.7%。[洛阳综合保税区]进出口', 'zone:luoyang-cbz'),
    ('.1%，[综保区]内企业', 'zone:luoyang-cbz'),
    ('家，其中[洛阳曜华电子科技有限公司]年进出', 'company:luoyang-yaohua-electronics'),
    ('.3%。[洛阳国家大学科技园]年末在', 'zone:luoyang-national-university-science-park'),
    ('业6家，[洛阳中岳智能装备有限公司]、洛阳', 'company:luoyang-zhongyue-intelligent-equipment'),
    ('、[洛阳恒钛金属科技有限公司]位列其', 'company:luoyang-hengtai-metal-tech'),
    ('入。2．[洛阳综合保税区]位于高', 'zone:luoyang-cbz'),
    ('位于[高新区]，其数', 'zone:luoyang-hitech'),
    ('其数据由[洛阳综保区]管理服', 'zone:luoyang-cbz'),
    ('供。3．[洛阳国家大学科技园]地处高', 'zone:luoyang-national-university-science-park'),
    ('地处[高新区]，纳入', 'zone:luoyang-hitech'),
    ('工作中，[高新区]将继续', 'zone:luoyang-hitech'),
    ('继续聚焦[新材料]、高端', 'cluster:new-materials'),
    ('、[高端装备制造]和机器', 'cluster:high-end-equipment-manufacturing'),
    ('和[机器人产业]三大主', 'cluster:robotics'),
    ('加快培育[人工智能]、低空', 'cluster:artificial-intelligence'),
    ('、[低空经济]等新兴', 'cluster:low-altitude-economy'),
]

# ---------------------------------------------------------------- k06 绵阳高新区 (银企对接会 report)
MENTIONS['k06_mianyang.txt'] = [
    ('[绵阳高新区]举办银', 'zone:mianyang-hitech'),
    ('2日，由[绵阳高新区]管委会', 'zone:mianyang-hitech'),
    ('对接会在[高新区]双创中', 'zone:mianyang-hitech'),
    ('会上，[高新区]经济发', 'zone:mianyang-hitech'),
    ('元，其中[电子信息]企业占', 'cluster:electronic-information'),
    ('长明显。[高新区]以电子', 'zone:mianyang-hitech'),
    ('以[电子信息]为首位', 'cluster:electronic-information'),
    ('年来又把[新能源材料]作为重', 'cluster:new-energy-materials'),
    ('约环节，[四川绵芯电子科技有限公司]获得中', 'company:sichuan-mianxin-electronics'),
    ('要用于其[绵芯高容MLCC扩产项目]建设。', 'project:mianxin-high-capacity-mlcc-expansion'),
    ('项目位于[高新区]，总投', 'zone:mianyang-hitech'),
    ('0亿只。[绵芯电子]是高新', 'company:sichuan-mianxin-electronics'),
    ('是[高新区]电子元', 'zone:mianyang-hitech'),
    ('[电子元器件产业]的龙头', 'cluster:electronic-components'),
    ('信的还有[绵阳科瑞光电材料有限公司]。这家', 'company:mianyang-kerui-optoelectronic-materials'),
    ('。这家[新型显示]企业由', 'cluster:new-display'),
    ('企业由[成都华澜显示科技股份有限公司]控股，', 'company:chengdu-hualan-display'),
    ('刚刚落户[高新区]，中国', 'zone:mianyang-hitech'),
    ('业，位于[绵阳经济技术开发区]的绵阳', 'zone:mianyang-etdz'),
    ('的[绵阳锂源新能源材料有限公司]与四川', 'company:mianyang-liyuan-new-energy-materials'),
    ('该公司由[四川锂源控股集团有限公司]与绵阳', 'company:sichuan-liyuan-holding-group'),
    ('与[绵阳科发产业投资有限公司]共同出', 'company:mianyang-kefa-industrial-investment'),
    ('同专场。[绵芯电子]与绵阳', 'company:sichuan-mianxin-electronics'),
    ('与[绵阳睿联智能终端有限公司]现场签', 'company:mianyang-ruilian-smart-terminals'),
    ('企业同在[高新区]。睿联', 'zone:mianyang-hitech'),
    ('。[睿联智能终端]是深圳', 'company:mianyang-ruilian-smart-terminals'),
    ('是[深圳睿联通讯股份有限公司]的全资', 'company:shenzhen-ruilian-communication'),
    ('，去年在[高新区]建成年', 'zone:mianyang-hitech'),
    ('到满足。[绵阳涪川精密制造有限公司]因资产', 'company:mianyang-fuchuan-precision'),
    ('产线迁至[绵阳经开区]，目前', 'zone:mianyang-etdz'),
    ('，希望在[绵阳科技城新区]设立科', 'zone:mianyang-sci-tech-city-new-area'),
    ('服务站，[高新区]表示将', 'zone:mianyang-hitech'),
    ('表示将与[科技城新区]共同研', 'zone:mianyang-sci-tech-city-new-area'),
    ('5月末，[高新区]各项贷', 'zone:mianyang-hitech'),
    ('下半年，[高新区]将围绕', 'zone:mianyang-hitech'),
    ('将围绕[电子信息]和新能', 'cluster:electronic-information'),
    ('和[新能源材料]两大主', 'cluster:new-energy-materials'),
]
UNCERTAIN_MENTIONS['k06_mianyang.txt'] = [
    ('行机构与[园区]内63', 'zone:mianyang-hitech', 'bare 园区 (earlier sets keep such uses uncertain); here it means 绵阳高新区, the organizer of the meeting'),
]

# ---------------------------------------------------------------- k07 柳东新区 (入驻企业名单公告)
MENTIONS['k07_liuzhou.txt'] = [
    ('[柳东新区]202', 'zone:liuzhou-liudong-new-area'),
    ('根据[新区]企业入', 'zone:liuzhou-liudong-new-area'),
    ('度新入驻[柳东新区]的企业', 'zone:liuzhou-liudong-new-area'),
    ('1．[广西柳骏汽车零部件有限公司]：入驻', 'company:guangxi-liujun-auto-parts'),
    ('：入驻[柳州汽车城]，主要', 'zone:liuzhou-auto-city'),
    ('压铸，系[上海骏达精密压铸股份有限公司]的全资', 'company:shanghai-junda-die-casting'),
    ('2．[柳州宏驰智能网联科技有限公司]：主要', 'company:liuzhou-hongchi-icv-tech'),
    ('研发，是[新区]智能网', 'zone:liuzhou-liudong-new-area'),
    ('[智能网联汽车产业链]的“补', 'cluster:intelligent-connected-vehicles'),
    ('3．[柳州锐石储能科技有限公司]：由广', 'company:liuzhou-ruishi-energy-storage'),
    ('：由[广西锐石新能源集团有限公司]与柳州', 'company:guangxi-ruishi-new-energy-group'),
    ('与[柳州东城投资开发集团有限公司]合资设', 'company:liuzhou-dongcheng-investment'),
    ('资设立，[锐石新能源]控股，', 'company:guangxi-ruishi-new-energy-group'),
    ('负责建设[锐石5GWh储能电池项目]。', 'project:ruishi-5gwh-storage-battery'),
    ('4．[柳州云工数据服务有限公司]：主要', 'company:liuzhou-yungong-data'),
    ('主要从事[工业互联网]平台运', 'cluster:industrial-internet'),
    ('5．[柳州桂柳轴承有限公司]：原位', 'company:liuzhou-guiliu-bearing'),
    ('：原位于[柳州高新区]河西片', 'zone:liuzhou-hitech'),
    ('搬迁入驻[柳州汽车城]，主要', 'zone:liuzhou-auto-city'),
    ('6．[瓦尔特汽车电子（柳州）有限公司]：外商', 'company:walter-auto-electronics-liuzhou'),
    ('企业，由[德国瓦尔特汽车电子股份公司]全资设', 'company:walter-auto-electronics-germany'),
    ('7．[柳州卓远供应链管理有限公司]：主要', 'company:liuzhou-zhuoyuan-supply-chain'),
    ('流，已与[广西柳骏汽车零部件有限公司]签订三', 'company:guangxi-liujun-auto-parts'),
    ('8．[柳州华栎新材料科技有限公司]：主要', 'company:liuzhou-huali-new-materials'),
    ('塑料，是[新区]引进的', 'zone:liuzhou-liudong-new-area'),
    ('进的首家[化工新材料]企业。', 'cluster:chemical-new-materials'),
    ('9．[柳州星河低空科技有限公司]：新区', 'company:liuzhou-xinghe-low-altitude'),
    ('：[新区]首家低', 'zone:liuzhou-liudong-new-area'),
    ('首家[低空经济]企业，', 'cluster:low-altitude-economy'),
    ('已注册于[新区]，生产', 'zone:liuzhou-liudong-new-area'),
    ('地拟落户[柳州汽车城]，目前', 'zone:liuzhou-auto-city'),
    ('10．[柳州恒钧精工机械有限公司]：主要', 'company:liuzhou-hengjun-precision-machinery'),
    ('批入驻的[桂柳轴承]同属柳', 'company:liuzhou-guiliu-bearing'),
    ('同属[柳州恒钧控股有限公司]旗下企', 'company:liuzhou-hengjun-holding'),
    ('记，并与[新区]管委会', 'zone:liuzhou-liudong-new-area'),
    ('开工的，[新区]将依约', 'zone:liuzhou-liudong-new-area'),
    ('二、[柳州汽车城]是新区', 'zone:liuzhou-auto-city'),
    ('是[新区]汽车制', 'zone:liuzhou-liudong-new-area'),
    ('[汽车制造]的核心', 'cluster:automobile'),
    ('三、[新区]的主导', 'zone:liuzhou-liudong-new-area'),
    ('导产业是[新能源汽车]、智能', 'cluster:new-energy-vehicles'),
    ('、[智能网联汽车]，同时', 'cluster:intelligent-connected-vehicles'),
    ('积极培育[新型储能]和低空', 'cluster:energy-storage'),
    ('和[低空经济]等新兴', 'cluster:low-altitude-economy'),
    ('告期内向[柳东新区]投资促', 'zone:liuzhou-liudong-new-area'),
    ('[柳东新区]管理委', 'zone:liuzhou-liudong-new-area'),
]

# ---------------------------------------------------------------- k08 洋浦 / 海口综保区 / 海口高新区 (一周要闻 digest)
MENTIONS['k08_haikou.txt'] = [
    ('【[洋浦]】聚碳', 'zone:yangpu-edz'),
    ('10日，[海南澄洋石化有限公司]投资4', 'company:hainan-chengyang-petrochemical'),
    ('元建设的[澄洋聚碳酸酯二期项目]在洋浦', 'project:chengyang-polycarbonate-ph2'),
    ('在[洋浦经济开发区]开工，', 'zone:yangpu-edz'),
    ('该公司是[浙江澄远化工集团有限公司]的控股', 'company:zhejiang-chengyuan-chemical-group'),
    ('年投产。[洋浦经济开发区]以石油', 'zone:yangpu-edz'),
    ('以[石油化工]、新材', 'cluster:petrochemicals'),
    ('、[新材料]和港口', 'cluster:new-materials'),
    ('和[港口物流]为三大', 'cluster:port-logistics'),
    ('【[海口综合保税区]】航空', 'zone:haikou-cbz'),
    ('11日，[海南椰港航空维修工程有限公司]正式落', 'company:hainan-yegang-aviation-maintenance'),
    ('正式落户[海口综合保税区]。该公', 'zone:haikou-cbz'),
    ('该公司由[海南航拓科技有限公司]与新加', 'company:hainan-hangtuo-tech'),
    ('与[新加坡明翔航空工程私人有限公司]合资设', 'company:singapore-mingxiang-aviation-engineering'),
    ('修业务。[综保区]相关负', 'zone:haikou-cbz'),
    ('人介绍，[综保区]将以保', 'zone:haikou-cbz'),
    ('税维修和[跨境电商]为两大', 'cluster:cross-border-ecommerce'),
    ('【[海口高新区]】一批', 'zone:haikou-hitech'),
    ('12日，[海南禾康药业有限公司]的禾康', 'company:hainan-hekang-pharma'),
    ('的[禾康口服固体制剂智能化车间项目]通过竣', 'project:hekang-oral-solid-dosage-smart-workshop'),
    ('工验收。[禾康药业]是海口', 'company:hainan-hekang-pharma'),
    ('是[海口高新区]生物医', 'zone:haikou-hitech'),
    ('[生物医药产业]的重点', 'cluster:biomedicine'),
    ('【[洋浦保税港区]】国际', 'zone:yangpu-bonded-port-area'),
    ('12日，[洋浦经济开发区]下辖的', 'zone:yangpu-edz'),
    ('下辖的[洋浦保税港区]内的海', 'zone:yangpu-bonded-port-area'),
    ('内的[海南远帆国际船舶管理有限公司]完成一', 'company:hainan-yuanfan-ship-management'),
    ('港登记。[远帆船舶管理]是上海', 'company:hainan-yuanfan-ship-management'),
    ('是[上海远帆航运集团有限公司]的全资', 'company:shanghai-yuanfan-shipping-group'),
    ('【[洋浦]】原油', 'zone:yangpu-edz'),
    ('13日，[澄洋石化]与阿联', 'company:hainan-chengyang-petrochemical'),
    ('与[阿联酋海湾能源贸易公司]签订为', 'company:uae-gulf-energy-trading'),
    ('业有意在[洋浦]投资建', 'zone:yangpu-edz'),
    ('【[海口综保区]】跨境', 'zone:haikou-cbz'),
    ('】[跨境电商]进口额', 'cluster:cross-border-ecommerce'),
    ('5个月，[海口综保区]跨境电', 'zone:haikou-cbz'),
    ('[跨境电商]进口额', 'cluster:cross-border-ecommerce'),
    ('。区内的[海南椰风跨境供应链有限公司]新开通', 'company:hainan-yefeng-cross-border-supply-chain'),
    ('。其中，[洋浦经济开发区]营业收', 'zone:yangpu-edz'),
    ('区首位，[海口高新区]增速最', 'zone:haikou-hitech'),
]

# ---------------------------------------------------------------- relations
RELATIONS = []
UNCERTAIN_RELATIONS = []
def R(h, r, t, f, ev, scope): RELATIONS.append((h, r, t, f, ev, scope))
def U(h, r, t, f, ev, note): UNCERTAIN_RELATIONS.append((h, r, t, f, ev, note))
_supply = 'supply, not partnership (as dev2-dev6)'
_only_project = 'only the firm\'s project is placed (heldout convention: the firm\'s own located_in is uncertain)'
_transitive = 'transitive: the item is placed in the sub-park / sub-zone, not in the zone itself'
_org = 'partner is an organization (university or bank), as the held-out set'
_ratio = 'bare share ratio: control is not stated in words (dev2, dev4)'
_equal = 'equal joint venture (双方各持股50%): no parent in control'
_carrier = 'the sub-park hosts the zone\'s industry (承载地/承载区): a description, not its own stated target (dev5 f05)'

# ---- k01 山西综改示范区 (policy document 若干措施 with 注 notes)
f = 'k01_taiyuan.txt'; Z = 'zone:shanxi-transformation-demo-zone'; TH = 'zone:taiyuan-tanghuai-park'; XH = 'zone:xiaohe-park'
XC = K_('information-innovation'); S3 = K_('third-gen-semiconductors')
JX = C('shanxi-jinxin-info-tech'); JXP = P_('jinxin-server-smart-factory'); SJ = C('taiyuan-shuojing-semiconductor-materials')
SJP = P_('shuojing-sic-substrate-epi'); FY = C('shanxi-fenyue-investment-group'); YF = C('taiyuan-yunfan-storage')
QH = C('jiangsu-qiheng-semiconductor'); QY = C('shanxi-qiyue-power-devices')
s = ['示范区以信息技术应用创新和第三代半导体为两大主攻产业，同步培育新能源汽车和氢能两个潜力产业']
for c in (XC, S3, K_('new-energy-vehicles'), K_('hydrogen')):
    R(Z, 'focuses_on', c, f, s, 'clause (Z以X和Y为两大主攻产业，同步培育W和V: the zone\'s own policy document, as d01)')
s = ['示范区下辖的唐槐产业园区、潇河产业园区']
for p in (TH, XH):
    R(p, 'located_in', Z, f, s, 'clause (Z下辖的sub-park, as dev3)')
s = ['唐槐产业园区、潇河产业园区分别作为两大主攻产业的主要承载地']
U(TH, 'focuses_on', XC, f, s, _carrier + ' (分别: 唐槐 for the first)')
U(XH, 'focuses_on', S3, f, s, _carrier + ' (分别: 潇河 for the second)')
s = ['山西晋芯信息技术有限公司是示范区信创产业链链主企业']
R(JX, 'member_of', XC, f, s, 'clause (A是Z X产业链链主企业) [note 注 of 第二条: a fact, not a policy item]')
R(JX, 'located_in', Z, f, s, 'clause (A是Z X产业链链主企业, as dev5 f01 / dev6 g01)')
R(JX, 'owns', JXP, f, ['其晋芯服务器整机智能工厂位于唐槐产业园区'], 'clause (其B: the firm\'s plant)')
R(JXP, 'located_in', TH, f, ['其晋芯服务器整机智能工厂位于唐槐产业园区'], 'clause (B位于sub-park)')
U(JXP, 'located_in', Z, f, ['其晋芯服务器整机智能工厂位于唐槐产业园区'], _transitive)
U(JX, 'located_in', TH, f, ['其晋芯服务器整机智能工厂位于唐槐产业园区'], _only_project + ' (in the sub-park)')
R(SJ, 'owns', SJP, f, ['太原烁晶半导体材料有限公司投资28亿元建设的烁晶碳化硅衬底及外延片项目'], 'clause (A投资N亿元建设的B)')
R(SJP, 'located_in', XH, f, ['烁晶碳化硅衬底及外延片项目于2024年9月在潇河产业园区开工'], 'clause (B在sub-park开工)')
R(SJP, 'located_in', Z, f, ['是示范区当年单体投资最大的新开工项目'], 'clause (B…是Z当年单体投资最大的新开工项目: the zone\'s ranking places it; both the sub-park and the zone are stated, as dev5 f03)')
R(SJ, 'subsidiary_of', FY, f, ['该公司由山西汾岳投资集团有限公司控股'], 'clause (该公司由A控股: control stated; 该公司 = 烁晶)')
U(SJ, 'located_in', Z, f, ['是示范区当年单体投资最大的新开工项目'], _only_project)
U(FY, 'owns', SJP, f, ['该公司由山西汾岳投资集团有限公司控股'], 'the parent of the investor; ownership through the subsidiary is inference')
R(JX, 'partners_with', YF, f, ['晋芯信息与太原云帆存储科技有限公司签订五年期固态硬盘采购协议'], 'clause (a signed multi-year 采购协议, as dev2-dev6)')
R(YF, 'located_in', Z, f, ['两家企业均位于示范区'], 'sentence (两家企业均位于Z: 两家企业 = 晋芯信息 and 云帆存储)')
s = ['山西汾岳投资集团有限公司与江苏启衡半导体股份有限公司合资成立的山西启岳功率器件有限公司']
R(FY, 'partners_with', QH, f, s, 'clause (A与B合资成立的C: joint venture parents)')
for p in (FY, QH):
    U(QY, 'subsidiary_of', p, f, s + ['出资比例为51∶49'], _ratio + ' (51∶49)')
U(QY, 'located_in', XH, f, ['其首期生产线初步考虑放在潇河产业园区'], 'a site under consideration (初步考虑), not a fact')
U(YF, 'partners_with', 'org:taiyuan-university-of-technology', f, ['云帆存储与太原理工大学共建'], _org)
U(C('taiyuan-ruichi-nev-tech'), 'located_in', Z, f, ['太原锐驰新能源汽车科技有限公司拟在示范区建设年产10万套电驱系统项目，目前正在开展可行性研究'], 'a plan under feasibility study (拟…目前正在开展可行性研究)')

# ---- k02 包头稀土高新区 (中标结果公示 with field lines)
f = 'k02_baotou.txt'; Z = 'zone:baotou-rare-earth-hitech'; ZB = 'zone:baotou-equipment-manufacturing-park'
BTP = P_('baotou-pm-motor-park-standard-plants-ph1'); XCT = C('baotou-xichuang-industrial-investment'); BC = C('inner-mongolia-beichen-construction')
R(XCT, 'owns', BTP, f, ['项目名称：包头稀土高新区稀土永磁电机产业园标准化厂房（一期）工程', '招标人：包头稀土高新区稀创产业投资有限公司'], 'entry fields (招标人：A = the owner of the project named in 项目名称, as dev4 建设单位)')
R(BC, 'owns', BTP, f, ['中标人：内蒙古北辰建工集团有限公司'], 'entry fields (中标人：A = the builder of the tendered works; builders own, as heldout 由A承建)')
R(BTP, 'located_in', Z, f, ['建设地点：包头稀土高新区万水泉镇'], 'entry fields (建设地点：Z…, as dev4/dev5)')
R(XCT, 'subsidiary_of', C('baotou-xitou-holding-group'), f, ['本项目招标人系包头稀投控股集团有限公司全资设立的子公司'], 'clause (招标人系A全资设立的子公司; 招标人 = the defined party of the notice, as dev4 建设单位系A全资子公司)')
R(BC, 'located_in', ZB, f, ['中标人总部位于包头装备制造产业园区'], 'clause (中标人总部位于Z: the unnamed head office places the firm, as dev5 f05)')
R(BC, 'owns', P_('baotou-heavy-equipment-joint-plant'), f, ['近三年承建的同类工程包括包头装备制造产业园区重型装备联合厂房项目'], 'clause (中标人…承建的工程包括B: builder)')
s = ['高新区以稀土新材料为首位产业，同步发展风电装备和新能源汽车两大配套产业']
for c in ('rare-earth-materials', 'wind-power', 'new-energy-vehicles'):
    R(Z, 'focuses_on', K_(c), f, s, 'clause (Z以X为首位产业，同步发展Y和W两大配套产业)')
U(C('inner-mongolia-hengzheng-consulting'), 'partners_with', XCT, f, ['招标代理机构：内蒙古恒正工程咨询有限公司　联系人'], 'the tender agent is a service contractor (as the EIA consultant of dev5 f01)')
s = ['包头瑞磁电机科技有限公司、内蒙古稀驰驱动技术有限公司已与招标人签订入驻意向书，最终入驻以正式租赁合同为准']
for c in ('baotou-ruici-motor', 'inner-mongolia-xichi-drive'):
    U(C(c), 'located_in', Z, f, s, 'a letter of intent to rent in the project (意向书; 最终入驻以正式租赁合同为准): not a placement')
    U(C(c), 'partners_with', XCT, f, s, 'a letter of intent (入驻意向书) with the landlord, not a multi-year agreement')
U(XCT, 'located_in', Z, f, ['招标人：包头稀土高新区稀创产业投资有限公司　联系人'], 'the zone\'s name is part of the firm\'s name (nested, no zone mention there); its seat is not stated')

# ---- k03 仲恺高新区 / 大亚湾经开区 (TV news script: 导语, 【解说】, 【同期声】)
f = 'k03_huizhou.txt'; ZK = 'zone:huizhou-zhongkai-hitech'; DY = 'zone:huizhou-dayawan-etdz'; DS = 'zone:dayawan-petrochemical-area'
SX = C('huizhou-shengxian-optoelectronics'); SXP = P_('shengxian-miniled-backlight-expansion'); HC = C('huizhou-huacai-display')
ZC = C('huizhou-zhichi-communication'); XSJ = C('huizhou-xinshijie-semiconductor'); XSJP = P_('xinshijie-driver-ic-packaging-base')
LH = C('huizhou-lanhai-new-materials'); LHP = P_('lanhai-high-end-polyolefin'); QF = C('qifeng-chemical-singapore')
WA = C('huizhou-wanao-petrochemical'); WAP = P_('wanao-ethylene-cracker-expansion')
R(SX, 'located_in', ZK, f, ['在位于仲恺高新区陈江街道的惠州晟显光电科技有限公司'], 'clause (位于Z…街道的A)')
R(SX, 'member_of', K_('ultra-hd-video'), f, ['是仲恺高新区超高清视频产业的龙头企业'], 'clause (这家企业…是Z X产业的龙头企业; 这家企业 = 晟显)')
R(SX, 'owns', SXP, f, ['其新建的晟显Mini LED背光模组扩产项目'], 'clause (其新建的B)')
U(SXP, 'located_in', ZK, f, ['其新建的晟显Mini LED背光模组扩产项目'], 'the project of a firm in the zone; its own site is not stated')
R(SX, 'partners_with', HC, f, ['双方去年签了五年的长期供货协议'], 'sentence (speaker turn of 晟显\'s manager: 我们 = 晟显, 双方 = 晟显 and 华彩; a signed five-year 供货协议)')
U(HC, 'located_in', ZK, f, ['我们的面板主要从园区里的惠州华彩显示技术有限公司采购'], 'bare 园区 (uncertain mention) in a firm\'s speaker turn')
R(ZC, 'subsidiary_of', C('shenzhen-zhichi-tech'), f, ['这家企业是深圳智驰科技股份有限公司的全资子公司'], 'clause (这家企业是A的全资子公司; 这家企业 = 智驰通讯)')
R(ZC, 'located_in', ZK, f, ['去年从深圳整体迁入仲恺'], 'clause (A…整体迁入Z, as dev6 g06 整体搬迁至Z)')
s = ['仲恺高新区目前已集聚新型显示、超高清视频上下游企业260多家']
for c in ('new-display', 'ultra-hd-video'):
    R(ZK, 'focuses_on', K_(c), f, s, 'clause (Z已集聚X、Y上下游企业: what the zone has, as heldout 形成)')
R(ZK, 'focuses_on', K_('smart-terminals'), f, ['高新区将围绕新型显示、超高清视频和智能终端三条产业链'], 'clause (Z将围绕X、Y和W三条产业链，重点引进…项目, as heldout 围绕X产业链招商)')
R(XSJ, 'located_in', ZK, f, ['今年我们新引进了惠州芯视界半导体有限公司等12个项目'], 'clause (speaker turn of the zone\'s 投资促进局: 我们 = the zone, as dev3 d06; Z引进了A)')
R(XSJ, 'owns', XSJP, f, ['其中芯视界驱动芯片封测基地计划明年一季度投产'], 'sentence (the firm\'s name stem inside the project name, the firm named on its own in the same sentence, as dev3)')
R(XSJP, 'located_in', ZK, f, ['今年我们新引进了惠州芯视界半导体有限公司等12个项目，其中芯视界驱动芯片封测基地'], 'sentence (Z引进…12个项目，其中B: counted then named)')
R(DS, 'located_in', DY, f, ['在经开区的核心区大亚湾石化区'], 'clause (Z的核心区sub-park, as dev3)')
R(LH, 'owns', LHP, f, ['惠州澜海新材料有限公司投资56亿元建设的澜海高端聚烯烃项目'], 'clause (A投资N亿元建设的B)')
R(LHP, 'located_in', DS, f, ['在经开区的核心区大亚湾石化区，惠州澜海新材料有限公司投资56亿元建设的澜海高端聚烯烃项目'], 'clause (在sub-park，A…建设的B)')
U(LHP, 'located_in', DY, f, ['在经开区的核心区大亚湾石化区，惠州澜海新材料有限公司投资56亿元建设的澜海高端聚烯烃项目'], _transitive)
s = ['该项目由澜海新材料与新加坡启丰化学私人有限公司合资建设']
R(LH, 'partners_with', QF, f, s, 'clause (该项目由A与B合资建设: co-investors are partners)')
R(QF, 'owns', LHP, f, s, 'clause (该项目由A与B合资建设: both co-investors own it, as dev3 d04 co-built projects; 澜海方控股65% concerns the project, no firm is a subsidiary)')
R(LH, 'located_in', DY, f, ['我们选择大亚湾，看中的就是这里完整的上下游配套'], 'sentence (speaker turn of 澜海\'s project head, named in the 【同期声】 label: 我们选择Z = the firm chose the zone)')
U(WA, 'partners_with', LH, f, ['主要原料乙烯、丙烯都由隔壁的惠州湾澳石化有限公司通过管道直供'], _supply)
U(WA, 'located_in', DY, f, ['隔壁的惠州湾澳石化有限公司'], '隔壁 (next door to the project): placement by inference; the firm is otherwise placed only through its project')
s = ['经开区将继续以石油化工为主导，向化工新材料和电子化学品方向延伸产业链']
for c in ('petrochemicals', 'chemical-new-materials', 'electronic-chemicals'):
    R(DY, 'focuses_on', K_(c), f, s, 'clause (Z将继续以X为主导，向Y和W方向延伸产业链, as heldout 将…延伸X产业链)')
R(WA, 'owns', WAP, f, ['惠州湾澳石化有限公司新建的湾澳乙烯裂解装置扩能改造项目'], 'clause (A新建的B)')
R(WAP, 'located_in', DY, f, ['目前区内在建亿元以上项目已有47个，其中惠州湾澳石化有限公司新建的湾澳乙烯裂解装置扩能改造项目'], 'sentence (区内…项目已有47个，其中B: 区内 = the zone, the subject of the sentence; counted then named)')

# ---- k04 嘉兴经开区 / 秀洲高新区 (评论员文章)
f = 'k04_jiaxing.txt'; Z = 'zone:jiaxing-etdz'; XZ = 'zone:jiaxing-xiuzhou-hitech'
HY = C('jiaxing-hengyue-auto-parts'); HYP = P_('hengyue-lightweight-chassis-smart-factory'); YZ = C('jiaxing-yunzhi-smart-home')
CY = C('jiaxing-chiyuan-auto-tech'); YC = C('jiaxing-yaochen-solar-tech'); YCP = P_('yaochen-high-efficiency-pv-cell-expansion')
SL = C('germany-sailin-optoelectronics'); YL = C('jiaxing-yaolin-optoelectronic-materials'); AP = K_('auto-parts'); SH = K_('smart-home')
R(HY, 'located_in', Z, f, ['在嘉兴经济技术开发区扎根十八年的嘉兴恒岳汽车部件有限公司'], 'clause (在Z扎根N年的A)')
R(HY, 'owns', HYP, f, ['转而在原厂区追加投资9亿元，建设恒岳轻量化底盘件智能工厂'], 'sentence (A…追加投资…建设B; the firm\'s stem inside the name)')
U(HYP, 'located_in', Z, f, ['转而在原厂区追加投资9亿元，建设恒岳轻量化底盘件智能工厂'], '在原厂区 (at the firm\'s old site): the zone is inferred through the firm')
R(HY, 'member_of', AP, f, ['该公司是经开区汽车零部件产业的骨干企业'], 'clause (该公司是Z X产业的骨干企业)')
R(YZ, 'located_in', Z, f, ['经开区城南街道的嘉兴云织智能家居有限公司'], 'clause (Z…街道的A)')
R(YZ, 'member_of', SH, f, ['是智能家居领域的一家专精特新“小巨人”企业'], 'clause (A，是X领域的一家…企业, as heldout `A是X领域的领军企业`)')
R(CY, 'located_in', Z, f, ['它的主要客户嘉兴驰远汽车科技有限公司也在经开区'], 'clause (A也在Z)')
R(HY, 'partners_with', CY, f, ['两家企业去年签订了为期五年的底盘件配套协议'], 'sentence (两家企业 = 恒岳 and 驰远; a signed five-year 配套协议)')
R(YC, 'owns', YCP, f, ['嘉兴曜辰光能科技有限公司在高新区投资建设的曜辰高效光伏电池片扩产项目'], 'clause (A在Z投资建设的B)')
R(YCP, 'located_in', XZ, f, ['嘉兴曜辰光能科技有限公司在高新区投资建设的曜辰高效光伏电池片扩产项目'], 'clause (A在Z投资建设的B; bare 高新区 = 秀洲高新区, the paragraph\'s zone)')
U(YC, 'located_in', XZ, f, ['嘉兴曜辰光能科技有限公司在高新区投资建设的曜辰高效光伏电池片扩产项目'], _only_project)
s = ['该公司与德国赛林光电股份公司合资成立的嘉兴曜林光电材料有限公司，由曜辰控股60%']
R(YC, 'partners_with', SL, f, s, 'clause (该公司与A合资成立的C: joint venture parents)')
R(YL, 'subsidiary_of', YC, f, s, 'clause (C由曜辰控股60%: control stated)')
U(YL, 'subsidiary_of', SL, f, s, 'the minority parent (德方 holds the rest): no control stated')
R(YL, 'located_in', XZ, f, ['今年也在高新区落地'], 'clause (C…今年也在Z落地)')
R(XZ, 'focuses_on', K_('photovoltaics'), f, ['秀洲高新区以光伏为首位产业'], 'clause (Z以X为首位产业)')
R(XZ, 'focuses_on', K_('smart-sensors'), f, ['又把智能传感器作为第二增长曲线'], 'clause (Z…又把X作为第二增长曲线, as heldout 把X作为主攻方向)')
U(Z, 'focuses_on', K_('artificial-intelligence'), f, ['也有人建议，经开区应当把腾退出来的土地全部用于引进人工智能企业'], 'a proposal (有人建议…应当), which the commentary questions')
s = ['经开区多年来形成的汽车零部件、智能家居两大产业集群']
for c in (AP, SH):
    R(Z, 'focuses_on', c, f, s, 'clause (Z多年来形成的X、Y两大产业集群, as heldout 形成)')

# ---- k05 洛阳高新区 (统计公报 with numbered sections)
f = 'k05_luoyang.txt'; Z = 'zone:luoyang-hitech'; ZE = 'zone:luoyang-etdz'; ZB = 'zone:luoyang-cbz'; DK = 'zone:luoyang-national-university-science-park'
NM = K_('new-materials'); HEM = K_('high-end-equipment-manufacturing'); ROB = K_('robotics')
MS = C('luoyang-mosheng-new-materials'); HT = C('luoyang-hengtai-metal-tech'); DH = C('luoyang-dingheng-bearing')
ZY = C('luoyang-zhongyue-intelligent-equipment'); RD = C('luoyang-ruidong-robotics')
s = ['洛阳钼晟新材料股份有限公司、洛阳恒钛金属科技有限公司等新材料企业']
for c in (MS, HT):
    R(c, 'member_of', NM, f, s, 'clause (A、B等X企业, as dev5 f03)')
s = ['洛阳鼎衡轴承股份有限公司、洛阳中岳智能装备有限公司等企业贡献了该产业七成以上的增量']
for c in (DH, ZY):
    R(c, 'member_of', HEM, f, s, 'sentence (A、B等企业贡献了该产业…增量: 该产业 = 高端装备制造, the section heading)')
R(DH, 'located_in', ZE, f, ['鼎衡轴承注册地在洛阳经开区'], 'clause (A注册地在Z: the registered seat places the firm, as the 注册地址 field of d03/f01)')
R(DH, 'located_in', Z, f, ['主要生产基地位于高新区丰李镇'], 'clause (A…主要生产基地位于Z…镇: the unnamed facility places the firm, as dev5 f05)')
U(RD, 'member_of', ROB, f, ['（三）机器人产业。', '其中，洛阳睿动机器人有限公司全年交付工业机器人5200台'], 'listed only under the section heading (as dev5 f03 `整车方面，…`)')
U(Z, 'focuses_on', K_('electronic-information'), f, ['（四）电子信息。全年产值57.9亿元'], 'an industry section of the zone\'s statistics: output, not a stated target (dev5 f03)')
R(MS, 'owns', P_('mosheng-high-purity-mo-target'), f, ['洛阳钼晟新材料股份有限公司投资建设的钼晟高纯钼靶材产业化项目'], 'clause (A投资建设的B)')
R(RD, 'owns', P_('ruidong-cobot-smart-factory'), f, ['洛阳睿动机器人有限公司投资建设的睿动协作机器人智能工厂'], 'clause (A投资建设的B)')
s = ['是年内全区投资额最大的两个竣工项目']
for p in ('mosheng-high-purity-mo-target', 'ruidong-cobot-smart-factory'):
    R(P_(p), 'located_in', Z, f, s, 'clause (B、C是年内全区投资额最大的两个竣工项目: 全区 anchors placement, as seed 002 / dev5 f03)')
for c in (MS, RD):
    U(c, 'located_in', Z, f, s, _only_project)
R(C('luoyang-yaohua-electronics'), 'located_in', ZB, f, ['综保区内企业达到67家，其中洛阳曜华电子科技有限公司'], 'sentence (综保区内企业达到67家，其中A: counted then named)')
U(C('luoyang-yaohua-electronics'), 'located_in', Z, f, ['综保区内企业达到67家，其中洛阳曜华电子科技有限公司'], _transitive)
s = ['年末全区拥有高新技术企业612家', '全年新增国家级专精特新“小巨人”企业6家，洛阳中岳智能装备有限公司、洛阳恒钛金属科技有限公司位列其中']
for c in (ZY, HT):
    R(c, 'located_in', Z, f, s, 'paragraph (全区…企业6家，A、B位列其中: 全区 anchors placement, as dev5 f03)')
R(ZB, 'located_in', Z, f, ['洛阳综合保税区位于高新区'], 'clause (sub-zone位于Z)')
R(DK, 'located_in', Z, f, ['洛阳国家大学科技园地处高新区'], 'clause (sub-park地处Z)')
s = ['高新区将继续聚焦新材料、高端装备制造和机器人产业三大主导产业，加快培育人工智能、低空经济等新兴产业']
for c in (NM, HEM, ROB, K_('artificial-intelligence'), K_('low-altitude-economy')):
    R(Z, 'focuses_on', c, f, s, 'clause (Z将继续聚焦X、Y和W三大主导产业，加快培育V、U等新兴产业)')

# ---- k06 绵阳高新区 (银企对接会 news report)
f = 'k06_mianyang.txt'; Z = 'zone:mianyang-hitech'; ZE = 'zone:mianyang-etdz'
MX = C('sichuan-mianxin-electronics'); MXP = P_('mianxin-high-capacity-mlcc-expansion'); KR = C('mianyang-kerui-optoelectronic-materials')
LY = C('mianyang-liyuan-new-energy-materials'); RL = C('mianyang-ruilian-smart-terminals'); EI = K_('electronic-information'); NEM = K_('new-energy-materials')
R(Z, 'focuses_on', EI, f, ['高新区以电子信息为首位产业'], 'clause (Z以X为首位产业)')
R(Z, 'focuses_on', NEM, f, ['近年来又把新能源材料作为重点培育的接续产业'], 'clause (Z…又把X作为重点培育的接续产业)')
U(MX, 'partners_with', 'org:icbc-mianyang', f, ['四川绵芯电子科技有限公司获得中国工商银行绵阳分行5亿元授信'], _org + ' (a credit line, 授信)')
R(MX, 'owns', MXP, f, ['主要用于其绵芯高容MLCC扩产项目建设'], 'clause (其B: the firm\'s project)')
R(MXP, 'located_in', Z, f, ['该项目位于高新区'], 'clause (该项目位于Z; 该项目 = 绵芯高容MLCC扩产项目)')
s = ['绵芯电子是高新区电子元器件产业的龙头企业']
R(MX, 'member_of', K_('electronic-components'), f, s, 'clause (A是Z X产业的龙头企业)')
R(MX, 'located_in', Z, f, s, 'clause (A是Z X产业的龙头企业, as dev6 g04)')
s = ['这家新型显示企业由成都华澜显示科技股份有限公司控股']
R(KR, 'member_of', K_('new-display'), f, s, 'clause (这家X企业 = 科瑞光电, named in the sentence before)')
R(KR, 'subsidiary_of', C('chengdu-hualan-display'), f, s, 'clause (由A控股: control stated)')
R(KR, 'located_in', Z, f, ['今年3月刚刚落户高新区'], 'clause (…落户Z)')
U(KR, 'partners_with', 'org:abc-mianyang', f, ['中国农业银行绵阳分行为其提供了2亿元项目贷款'], _org + ' (a loan)')
R(LY, 'located_in', ZE, f, ['位于绵阳经济技术开发区的绵阳锂源新能源材料有限公司'], 'clause (位于Z的A)')
U(LY, 'partners_with', 'org:bank-of-sichuan-mianyang', f, ['与四川银行绵阳分行签订了3亿元“科技贷”协议'], _org + ' (a loan agreement)')
s = ['该公司由四川锂源控股集团有限公司与绵阳科发产业投资有限公司共同出资设立，持股比例分别为70%和30%']
R(C('sichuan-liyuan-holding-group'), 'partners_with', C('mianyang-kefa-industrial-investment'), f, s, 'clause (由A与B共同出资设立: joint venture parents)')
for p in ('sichuan-liyuan-holding-group', 'mianyang-kefa-industrial-investment'):
    U(LY, 'subsidiary_of', C(p), f, s, _ratio + ' (70%和30%)')
R(MX, 'partners_with', RL, f, ['绵芯电子与绵阳睿联智能终端有限公司现场签订三年期元器件供货协议'], 'clause (a signed three-year 供货协议)')
R(RL, 'located_in', Z, f, ['两家企业同在高新区'], 'sentence (两家企业同在Z, as dev2 同在)')
R(RL, 'subsidiary_of', C('shenzhen-ruilian-communication'), f, ['睿联智能终端是深圳睿联通讯股份有限公司的全资子公司'], 'clause (A是B的全资子公司)')
U(C('mianyang-fuchuan-precision'), 'located_in', ZE, f, ['公司正考虑把部分产线迁至绵阳经开区，目前仍在论证'], 'a move under consideration (正考虑…仍在论证)')

# ---- k07 柳东新区 (入驻企业名单公告 with numbered entries)
f = 'k07_liuzhou.txt'; Z = 'zone:liuzhou-liudong-new-area'; QC = 'zone:liuzhou-auto-city'; LH7 = 'zone:liuzhou-hitech'
LJ = C('guangxi-liujun-auto-parts'); GL = C('liuzhou-guiliu-bearing'); RS = C('liuzhou-ruishi-energy-storage'); GRS = C('guangxi-ruishi-new-energy-group')
HJ = C('liuzhou-hengjun-precision-machinery'); HJK = C('liuzhou-hengjun-holding'); XHD = C('liuzhou-xinghe-low-altitude')
LEAD = '现将2024年度新入驻柳东新区的企业名单'
for c, cue in (('liuzhou-hongchi-icv-tech', '2．柳州宏驰智能网联科技有限公司'), ('liuzhou-ruishi-energy-storage', '3．柳州锐石储能科技有限公司'),
               ('liuzhou-yungong-data', '4．柳州云工数据服务有限公司'), ('walter-auto-electronics-liuzhou', '6．瓦尔特汽车电子（柳州）有限公司'),
               ('liuzhou-zhuoyuan-supply-chain', '7．柳州卓远供应链管理有限公司'), ('liuzhou-huali-new-materials', '8．柳州华栎新材料科技有限公司'),
               ('liuzhou-hengjun-precision-machinery', '10．柳州恒钧精工机械有限公司')):
    R(C(c), 'located_in', Z, f, [LEAD, cue], 'paragraph (the lead `现将…新入驻柳东新区的企业名单…公告如下` places every entry, as dev5 f02 list heading)')
R(XHD, 'located_in', Z, f, ['已注册于新区'], 'entry (A：…已注册于Z; the entry\'s elided subject is the firm)')
U(XHD, 'located_in', QC, f, ['生产基地拟落户柳州汽车城，目前正在办理用地手续'], 'a planned site (拟落户…正在办理用地手续)')
R(LJ, 'located_in', QC, f, ['1．广西柳骏汽车零部件有限公司：入驻柳州汽车城'], 'entry (A：入驻sub-park)')
U(LJ, 'located_in', Z, f, [LEAD, '1．广西柳骏汽车零部件有限公司：入驻柳州汽车城'], 'the entry itself names the sub-park: gold there, uncertain for the zone (as dev5 f02, dev6 g07)')
R(LJ, 'subsidiary_of', C('shanghai-junda-die-casting'), f, ['系上海骏达精密压铸股份有限公司的全资子公司'], 'entry (A：…系B的全资子公司)')
R(C('liuzhou-hongchi-icv-tech'), 'member_of', K_('intelligent-connected-vehicles'), f, ['是新区智能网联汽车产业链的“补链”企业'], 'entry (A：…是Z X产业链的“补链”企业)')
s = ['由广西锐石新能源集团有限公司与柳州东城投资开发集团有限公司合资设立，锐石新能源控股']
R(GRS, 'partners_with', C('liuzhou-dongcheng-investment'), f, s, 'entry (由A与B合资设立: joint venture parents)')
R(RS, 'subsidiary_of', GRS, f, s, 'entry (…锐石新能源控股: control stated)')
R(RS, 'owns', P_('ruishi-5gwh-storage-battery'), f, ['负责建设锐石5GWh储能电池项目'], 'entry (A：…负责建设B)')
U(P_('ruishi-5gwh-storage-battery'), 'located_in', Z, f, ['负责建设锐石5GWh储能电池项目'], 'the project of a listed firm; its site is not stated')
U(C('liuzhou-yungong-data'), 'member_of', K_('industrial-internet'), f, ['主要从事工业互联网平台运营'], 'line of business (主要从事X平台运营), as dev6 g06')
R(GL, 'located_in', QC, f, ['因扩大产能整体搬迁入驻柳州汽车城'], 'entry (A：…整体搬迁入驻sub-park, as dev6 g06)')
U(GL, 'located_in', Z, f, [LEAD, '因扩大产能整体搬迁入驻柳州汽车城'], 'the entry itself names the sub-park: gold there, uncertain for the zone (as dev5 f02)')
U(GL, 'located_in', LH7, f, ['原位于柳州高新区河西片区'], 'the firm\'s former site (原位于), which it has left')
R(C('walter-auto-electronics-liuzhou'), 'subsidiary_of', C('walter-auto-electronics-germany'), f, ['外商独资企业，由德国瓦尔特汽车电子股份公司全资设立'], 'entry (外商独资企业，由A全资设立, as dev4)')
R(C('liuzhou-zhuoyuan-supply-chain'), 'partners_with', LJ, f, ['已与广西柳骏汽车零部件有限公司签订三年期物流配套协议'], 'entry (a signed three-year 配套协议)')
R(C('liuzhou-huali-new-materials'), 'member_of', K_('chemical-new-materials'), f, ['是新区引进的首家化工新材料企业'], 'entry (A：…是Z引进的首家X企业)')
R(XHD, 'member_of', K_('low-altitude-economy'), f, ['新区首家低空经济企业'], 'entry (A：Z首家X企业)')
s = ['与同批入驻的桂柳轴承同属柳州恒钧控股有限公司旗下企业']
R(HJ, 'subsidiary_of', HJK, f, s, 'entry (A与B同属C旗下企业)')
R(GL, 'subsidiary_of', HJK, f, s, 'entry (A与B同属C旗下企业)')
U(HJ, 'partners_with', GL, f, ['两家企业计划明年共建一个精密零部件检测中心'], 'a plan (计划明年共建)')
R(QC, 'located_in', Z, f, ['柳州汽车城是新区汽车制造的核心承载区'], 'clause (sub-park是Z X的核心承载区, as dev5 f05)')
U(QC, 'focuses_on', K_('automobile'), f, ['柳州汽车城是新区汽车制造的核心承载区'], _carrier)
s = ['新区的主导产业是新能源汽车、智能网联汽车，同时积极培育新型储能和低空经济等新兴产业']
for c in ('new-energy-vehicles', 'intelligent-connected-vehicles', 'energy-storage', 'low-altitude-economy'):
    R(Z, 'focuses_on', K_(c), f, s, 'clause (Z的主导产业是X、Y，同时积极培育W和V等新兴产业)')
U(RS, 'member_of', K_('energy-storage'), f, ['名单中第3项、第9项企业的入驻，填补了相关领域的空白'], 'inference from `相关领域` (the fields named the sentence before)')

# ---- k08 洋浦 / 海口综保区 / 海口高新区 (一周要闻 digest)
f = 'k08_haikou.txt'; YP = 'zone:yangpu-edz'; YB = 'zone:yangpu-bonded-port-area'; HZ = 'zone:haikou-cbz'; HH = 'zone:haikou-hitech'
CYS = C('hainan-chengyang-petrochemical'); CYP = P_('chengyang-polycarbonate-ph2'); YGW = C('hainan-yegang-aviation-maintenance')
HKY = C('hainan-hekang-pharma'); HKP = P_('hekang-oral-solid-dosage-smart-workshop'); YFC = C('hainan-yuanfan-ship-management')
R(CYS, 'owns', CYP, f, ['海南澄洋石化有限公司投资42亿元建设的澄洋聚碳酸酯二期项目'], 'clause (A投资N亿元建设的B)')
R(CYP, 'located_in', YP, f, ['澄洋聚碳酸酯二期项目在洋浦经济开发区开工'], 'clause (B在Z开工)')
U(CYS, 'located_in', YP, f, ['澄洋聚碳酸酯二期项目在洋浦经济开发区开工'], _only_project + ' (the 一期 is unnamed and unplaced)')
R(CYS, 'subsidiary_of', C('zhejiang-chengyuan-chemical-group'), f, ['该公司是浙江澄远化工集团有限公司的控股子公司'], 'clause (该公司是A的控股子公司)')
s = ['洋浦经济开发区以石油化工、新材料和港口物流为三大主导产业']
for c in ('petrochemicals', 'new-materials', 'port-logistics'):
    R(YP, 'focuses_on', K_(c), f, s, 'clause (Z以X、Y和W为三大主导产业)')
R(YGW, 'located_in', HZ, f, ['海南椰港航空维修工程有限公司正式落户海口综合保税区'], 'clause (A落户Z)')
s = ['该公司由海南航拓科技有限公司与新加坡明翔航空工程私人有限公司合资设立，双方各持股50%']
R(C('hainan-hangtuo-tech'), 'partners_with', C('singapore-mingxiang-aviation-engineering'), f, s, 'clause (由A与B合资设立: joint venture parents)')
for p in ('hainan-hangtuo-tech', 'singapore-mingxiang-aviation-engineering'):
    U(YGW, 'subsidiary_of', C(p), f, s, _equal)
R(HZ, 'focuses_on', K_('cross-border-ecommerce'), f, ['综保区将以保税维修和跨境电商为两大突破口'], 'clause (Z将以X和Y为两大突破口; 保税维修 is not a cluster)')
R(HKY, 'owns', HKP, f, ['海南禾康药业有限公司的禾康口服固体制剂智能化车间项目'], 'clause (A的B)')
s = ['禾康药业是海口高新区生物医药产业的重点企业']
R(HKY, 'member_of', K_('biomedicine'), f, s, 'clause (A是Z X产业的重点企业)')
R(HKY, 'located_in', HH, f, s, 'clause (A是Z X产业的重点企业, as dev6 g04)')
U(HKP, 'located_in', HH, f, ['海南禾康药业有限公司的禾康口服固体制剂智能化车间项目通过竣工验收'], 'the project of a firm in the zone, under the zone\'s item heading; its site is not stated')
R(YB, 'located_in', YP, f, ['洋浦经济开发区下辖的洋浦保税港区'], 'clause (Z下辖的sub-zone, as dev3)')
R(YFC, 'located_in', YB, f, ['洋浦保税港区内的海南远帆国际船舶管理有限公司'], 'clause (sub-zone内的A)')
U(YFC, 'located_in', YP, f, ['洋浦经济开发区下辖的洋浦保税港区内的海南远帆国际船舶管理有限公司'], _transitive)
R(YFC, 'subsidiary_of', C('shanghai-yuanfan-shipping-group'), f, ['远帆船舶管理是上海远帆航运集团有限公司的全资子公司'], 'clause (A是B的全资子公司)')
R(CYS, 'partners_with', C('uae-gulf-energy-trading'), f, ['澄洋石化与阿联酋海湾能源贸易公司签订为期十年的原油长期供应协议'], 'clause (a signed ten-year 供应协议, as dev2-dev6)')
R(C('hainan-yefeng-cross-border-supply-chain'), 'located_in', HZ, f, ['区内的海南椰风跨境供应链有限公司'], 'sentence (区内的A: 区内 = 海口综保区, the subject of the item and of the sentence before)')

