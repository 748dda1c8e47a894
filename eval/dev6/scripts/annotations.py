# Gold annotation of the dev6 corpus, written as anchored text so that offsets are computed, never typed.
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
C = lambda s: 'company:' + s
P_ = lambda s: 'project:' + s
K_ = lambda s: 'cluster:' + s

# ---------------------------------------------------------------- g01 南京江北新区 (year-end 十大新闻 roundup)
Z = 'zone:nanjing-jiangbei-new-area'; BV = 'zone:nanjing-biomedical-valley'; SP = 'zone:nanjing-software-park'
IC = K_('integrated-circuits'); BIO = K_('biomedicine'); H2 = K_('hydrogen')
MENTIONS['g01_nanjing_jiangbei.txt'] = [
    ('[南京江北新区]发布2024', Z),
    ('，[南京江北新区]管委会发布', Z),
    ('评选由[新区]经济发展局', Z),
    ('一、[集成电路产业]规模突破', IC),
    ('。[新区]把集成电路', Z),
    ('把[集成电路]作为', IC),
    ('，[集成电路]设计企业数量', IC),
    ('二、[芯澈12英寸特色工艺晶圆产线]投产', P_('xinche-12inch-specialty-fab')),
    ('。[南京芯澈半导体有限公司]（以下简称', C('nanjing-xinche-semiconductor')),
    ('简称“[芯澈半导体]”）', C('nanjing-xinche-semiconductor')),
    ('建设的[芯澈12英寸特色工艺晶圆产线]于6月', P_('xinche-12inch-specialty-fab')),
    ('是[新区]年内投产', Z),
    ('由[南京扬子建设工程有限公司]承建', C('nanjing-yangzi-construction')),
    ('。[芯澈半导体]由上海', C('nanjing-xinche-semiconductor')),
    ('由[上海芯澈集成电路股份有限公司]控股', C('shanghai-xinche-ic')),
    ('三、[生物医药谷]再添', BV),
    ('。[南京生物医药谷]是新区', BV),
    ('是[新区]生物医药产业', Z),
    ('[生物医药产业]的主要承载地', BIO),
    ('，[南京和颐生物科技股份有限公司]、', C('nanjing-heyi-biotech')),
    ('、[南京康衍药业股份有限公司]两家', C('nanjing-kangyan-pharma')),
    ('两家[创新药]企业', K_('innovative-drugs')),
    ('四、[新型储能]项目集中签约', K_('energy-storage')),
    ('，[新区]与五家企业', Z),
    ('，[南京沃川储能科技有限公司]将在', C('nanjing-wochuan-energy-storage')),
    ('将在[新区]建设', Z),
    ('建设[沃川20GWh储能电芯项目]；', P_('wochuan-20gwh-storage-cells')),
    ('系[江苏沃川新能源集团有限公司]的全资', C('jiangsu-wochuan-new-energy-group')),
    ('。[南京博森传感技术有限公司]由', C('nanjing-bosen-sensing')),
    ('由[南京江浦电子集团有限公司]与', C('nanjing-jiangpu-electronics-group')),
    ('与[德国欧霖传感器公司]合资', C('oulin-sensor')),
    ('8月，[博森车规级MEMS传感器工厂]在新区', P_('bosen-mems-sensor-plant')),
    ('在[新区]开工建设', Z),
    ('六、[南京软件园]营收', SP),
    ('位于[新区]的南京软件园', Z),
    ('的[南京软件园]全年', SP),
    ('全年[软件和信息服务业]收入', K_('software-info-services')),
    ('发展[工业软件]和', K_('industrial-software')),
    ('和[信息技术应用创新]，', K_('information-innovation')),
    ('园内的[南京衡澜数智科技有限公司]', C('nanjing-henglan-shuzhi')),
    ('七、[氢能产业]实现', H2),
    ('。[新区]年内引进的', Z),
    ('引进的[氢能]企业', H2),
    ('企业[南京曜能氢能科技有限公司]建成', C('nanjing-yaoneng-hydrogen')),
    ('另有两家[氢能]企业', H2),
    ('将[氢能]列为', H2),
    ('列为[新区]下一阶段', Z),
    ('作为[新区]集成电路产业链链主', Z),
    ('[集成电路产业链]链主', IC),
    ('，[芯澈半导体]与南京', C('nanjing-xinche-semiconductor')),
    ('与[南京硅域材料有限公司]签订', C('nanjing-guiyu-materials')),
    ('，[硅域材料]也成为', C('nanjing-guiyu-materials')),
    ('，[江北新区]综合排名', Z),
    ('。[新区]为1260家', Z),
    ('\n\n[新区]经济发展局负责人', Z),
    ('2025年[新区]将继续', Z),
    ('围绕[集成电路]、', IC),
    ('、[生物医药]和新能源汽车', BIO),
    ('和[新能源汽车]三大', K_('new-energy-vehicles')),
    ('在[生物医药谷]、', BV),
    ('、[南京软件园]之外', SP),
]
UNCERTAIN_MENTIONS['g01_nanjing_jiangbei.txt'] = [
    ('这座[园区]重点发展', SP, _bare_park + '南京软件园 (这座园区, the subject of the sentence)'),
    ('成为[园区]首家入选企业', SP, _bare_park + '南京软件园'),
]

# ---------------------------------------------------------------- g02 温州经开区 (bankruptcy-reorganisation investor recruitment notice)
Z = 'zone:wenzhou-etdz'; HX = C('wenzhou-hongxiang-valve'); OH = C('wenzhou-ouhong-holding'); HC = C('wenzhou-hongxiang-casting')
YN = C('zhejiang-yongneng-petrochemical')
MENTIONS['g02_wenzhou.txt'] = [
    ('[温州泓翔阀门科技有限公司]重整投资人', HX),
    ('裁定受理[温州泓翔阀门科技有限公司]（以下简称', HX),
    ('简称“[泓翔阀门]”或', HX),
    ('企业名称：[温州泓翔阀门科技有限公司]', HX),
    ('注册地址：[温州经济技术开发区]滨海', Z),
    ('股东情况：[温州瓯宏控股集团有限公司]持股', OH),
    ('[泓翔阀门]成立于2009年', HX),
    ('是[温州经开区]泵阀', Z),
    ('[泵阀产业集群]的骨干', K_('pumps-valves')),
    ('位于[经开区]沙城街道', Z),
    ('在建工程[泓翔智能阀门数字化工厂项目]，', P_('hongxiang-smart-valve-digital-factory')),
    ('持有[温州泓翔铸造有限公司]60%', HC),
    ('。[泓翔阀门]与温州锦迪', HX),
    ('与[温州锦迪流体设备有限公司]签订', C('wenzhou-jindi-fluid')),
    ('其为[浙江甬能石化股份有限公司]等客户', YN),
    ('。[温州经开区]管委会', Z),
    ('持股60%的[温州泓翔铸造有限公司]同样', HC),
    ('同样位于[经开区]，', Z),
    ('唯一股东[温州瓯宏控股集团有限公司]已出具', OH),
    ('流体装备或[高端装备制造]行业', K_('high-end-equipment-manufacturing')),
    ('保持在[温州经开区]，', Z),
    ('之日，[浙江甬能石化股份有限公司]与宁波', YN),
    ('与[宁波澄江流体控制股份有限公司]组成', C('ningbo-chengjiang-fluid-control')),
    ('以及[温州瑞岙阀门制造有限公司]已提交', C('wenzhou-ruiao-valve')),
    ('[温州泓翔阀门科技有限公司]管理人\n', HX),
]

# ---------------------------------------------------------------- g03 珠海高新区 (a listed company's ESG report excerpt)
Z = 'zone:zhuhai-hitech'; HZ = 'zone:hengqin-cooperation-zone'; AB = C('zhuhai-aobo-optoelectronics')
LD = C('zhuhai-aobo-laser-devices'); HQ = C('hengqin-aobo-trading'); MB = C('macau-boguang-tech'); XJ = C('zhuhai-xinjing-optical')
YM = C('zhuhai-yimu-intelligent')
MENTIONS['g03_zhuhai.txt'] = [
    ('[珠海澳铂光电科技股份有限公司]2024年度', AB),
    ('本报告披露[珠海澳铂光电科技股份有限公司]（', AB),
    ('简称“[澳铂光电]”', AB),
    ('位于[珠海国家高新技术产业开发区]唐家湾', Z),
    ('国内多家[新能源汽车]企业', K_('new-energy-vehicles')),
    ('控股股东为[珠海恒泓投资集团有限公司]。', C('zhuhai-henghong-investment')),
    ('子公司：[珠海澳铂激光器件有限公司]（全资）', LD),
    ('、[横琴澳铂国际贸易有限公司]（持股80%）', HQ),
    ('和[澳门铂光科技有限公司]（与', MB),
    ('与[澳门濠江创投有限公司]共同出资', C('macau-haojiang-ventures')),
    ('其中，[横琴澳铂国际贸易有限公司]注册于', HQ),
    ('注册于[横琴粤澳深度合作区]，', HZ),
    ('；[珠海澳铂激光器件有限公司]则位于', LD),
    ('位于[高新区]金鼎片区', Z),
    ('。[澳门铂光科技有限公司]的研发团队', MB),
    ('公司在[高新区]投资建设', Z),
    ('建设的[澳铂车载光学二期产业化基地]已于', P_('aobo-auto-optics-phase2-base')),
    ('有三家位于[珠海高新区]：', Z),
    ('：[珠海鑫晶光学材料有限公司]、珠海捷讯', XJ),
    ('、[珠海捷讯精密五金有限公司]和', C('zhuhai-jiexun-hardware')),
    ('和[珠海绿科包装材料有限公司]。', C('zhuhai-lvke-packaging')),
    ('公司与[珠海鑫晶光学材料有限公司]签订', XJ),
    ('公司所在的[珠海高新区]重点发展', Z),
    ('发展[新一代信息技术]、', K_('new-generation-it')),
    ('、[智能制造]和生物医药', K_('intelligent-manufacturing')),
    ('和[生物医药]三大产业', K_('biomedicine')),
    ('其中[激光产业链]已形成', K_('laser')),
    ('作为珠海[激光产业]的骨干企业', K_('laser')),
    ('成员包括[珠海翼目智能科技有限公司]等11家', YM),
    ('与同在[高新区]的珠海翼目', Z),
    ('的[珠海翼目智能科技有限公司]合资设立', YM),
    ('设立[珠海目铂传感科技有限公司]，', C('zhuhai-mubo-sensing')),
    ('参与[高新区]青少年科学营', Z),
]
UNCERTAIN_MENTIONS['g03_zhuhai.txt'] = [
    ('尚未在[横琴]设立实体', HZ, 'bare 横琴 (the island / the cooperation zone; not a dictionary form), in a negative sentence'),
]

# ---------------------------------------------------------------- g04 泉州经开区 (feature profile of an entrepreneur)
Z = 'zone:quanzhou-etdz'; QH = C('quanzhou-qihang-intelligent'); TY = C('fujian-tayuan-sports'); KL = C('klein-sewing')
FA = K_('footwear-apparel')
MENTIONS['g04_quanzhou.txt'] = [
    ('，[泉州经济技术开发区]一栋', Z),
    ('他是[泉州启航智能装备有限公司]（以下简称', QH),
    ('简称“[启航智能]”）', QH),
    ('搬进了[泉州经开区]，', Z),
    ('“[经开区]给的不只是地', Z),
    ('如今，[启航智能]是泉州经开区', QH),
    ('是[泉州经开区]智能装备产业', Z),
    ('[智能装备产业]的龙头企业', K_('intelligent-equipment')),
    ('前后，[鞋服]行业进入', FA),
    ('。[福建踏远体育用品股份有限公司]是晋江', TY),
    ('晋江[鞋服产业]的代表', FA),
    ('也是[启航智能]的第一个', QH),
    ('，[踏远体育]的12条', TY),
    ('换成了[启航智能]的设备', QH),
    ('。[踏远体育]设备部', TY),
    ('[启航智能]的供应商里', QH),
    ('不少是[经开区]的“邻居”', Z),
    ('。[泉州迅驰电机有限公司]与启航智能', C('quanzhou-xunchi-motor')),
    ('与[启航智能]只隔着', QH),
    ('；[泉州华缘精密铸造有限公司]原本', C('quanzhou-huayuan-casting')),
    ('被[启航智能]收购', QH),
    ('2021年，[启航智能]在晋江', QH),
    ('在[晋江经济开发区]设立', 'zone:jinjiang-edz'),
    ('全资子公司[晋江启航鞋机服务有限公司]，', C('jinjiang-qihang-service')),
    ('又与[德国克莱因缝纫技术公司]合资成立', KL),
    ('合资成立[泉州启克智能缝制设备有限公司]，', C('quanzhou-qike-sewing')),
    ('，[启航智能]控股55%', QH),
    ('。[克莱因]方面在签约时', KL),
    ('与[启航智能]合作，', QH),
    ('建设的[启克智能缝制装备产业园]正在', P_('qike-sewing-equipment-park')),
    ('正在[经开区]加紧施工', Z),
    ('\n\n[经开区]有关负责人', Z),
    ('，[泉州经开区]近年来', Z),
    ('发展[智能装备]、', K_('intelligent-equipment')),
    ('、[新材料]和生物医药', K_('new-materials')),
    ('和[生物医药]三大产业', K_('biomedicine')),
    ('，[启航智能]、泉州恒纬', QH),
    ('、[泉州恒纬纺机股份有限公司]都在其列', C('quanzhou-hengwei-textile-machinery')),
    ('或者去[泉州台商投资区]另起', 'zone:quanzhou-taiwanese-investment-zone'),
]

# ---------------------------------------------------------------- g05 兰州新区 (园区简介 brochure)
Z = 'zone:lanzhou-new-area'; CB = 'zone:lanzhou-new-area-cbz'; FC = 'zone:lanzhou-new-area-fine-chemical-park'
LT = C('gansu-longtai-new-materials'); HS = C('lanzhou-hongsheng-fine-chemical'); NM = K_('new-materials'); DI = K_('data-information')
MENTIONS['g05_lanzhou.txt'] = [
    ('[兰州新区]投资指南', Z),
    ('\n\n[兰州新区]位于秦王川', Z),
    ('批复设立[兰州新区]，', Z),
    ('\n\n[新区]距兰州中川', Z),
    ('，[兰州新区综合保税区]、', CB),
    ('、[兰州新区精细化工园区]和中川', FC),
    ('\n\n[新区]以绿色化工', Z),
    ('以[绿色化工]、', K_('green-chemicals')),
    ('、[新材料]、高端', NM),
    ('、[高端装备制造]、数据', K_('high-end-equipment-manufacturing')),
    ('、[数据信息]和现代物流', DI),
    ('和[现代物流]为五大', K_('modern-logistics')),
    ('培育[氢能]和生物医药', K_('hydrogen')),
    ('和[生物医药]两个', K_('biomedicine')),
    ('，[绿色化工]和新材料两大', K_('green-chemicals')),
    ('和[新材料]两大产业', NM),
    ('，[数据信息产业]则依托', DI),
    ('\n\n[新区]目前共有7个', Z),
    ('▪ [兰州新区综合保税区]\n', CB),
    ('发展[跨境电商]、', K_('cross-border-ecommerce')),
    ('、[冷链物流]和保税加工', K_('cold-chain-logistics')),
    ('区内的[甘肃陇驿国际物流有限公司]已开通', C('gansu-longyi-logistics')),
    ('，[综保区]进出口额', CB),
    ('，[跨境电商]零售进口', K_('cross-border-ecommerce')),
    ('▪ [兰州新区精细化工园区]\n', FC),
    ('。[甘肃陇钛新材料科技有限公司]、兰州宏晟', LT),
    ('、[兰州宏晟精细化工有限公司]均在园内', HS),
    ('距[新区]城区', Z),
    ('▪ [兰州新瓴数据科技有限公司]：', C('lanzhou-xinling-data')),
    ('：[新区]引进的首家', Z),
    ('其[新瓴丝路算力中心一期]已投运', P_('xinling-silk-road-computing-center-phase1')),
    ('，[新区]为其配套', Z),
    ('▪ [甘肃陇钛新材料科技有限公司]：', LT),
    ('：[兰州陇钛集团股份有限公司]的全资', C('lanzhou-longtai-group')),
    ('，[新区]新材料产业链的龙头', Z),
    ('[新材料产业链]的龙头企业', NM),
    ('▪ [甘肃祁连重工装备有限公司]：', C('gansu-qilian-heavy-equipment')),
    ('由[甘肃祁连投资控股集团有限公司]与', C('gansu-qilian-investment-holding')),
    ('与[瑞士贝格机械公司]共同出资', C('berg-machinery')),
    ('，[祁连投资控股集团]控股', C('gansu-qilian-investment-holding')),
    ('▪ [兰州宏晟精细化工有限公司]：', HS),
    ('：[精细化工园区]首批入园', FC),
    ('与[甘肃陇钛新材料科技有限公司]签订', LT),
    ('▪ [兰州安泓生物制药有限公司]：', C('lanzhou-anhong-biopharma')),
    ('由[兰州安泓医药集团有限公司]控股', C('lanzhou-anhong-pharma-group')),
    ('其[安泓生物药原液生产基地]已于', P_('anhong-biologics-api-base')),
    ('在[新区]投产', Z),
    ('▪ [甘肃陇原氢能科技有限公司]：', C('gansu-longyuan-hydrogen')),
    ('拟在[新区]建设', Z),
    ('建设[陇原绿电制氢一体化项目]，', P_('longyuan-green-hydrogen')),
    ('▪ [新区]法院', Z),
    ('\n\n[新区]对新落地的', Z),
    ('的[数据信息]、新材料项目', DI),
    ('、[新材料]项目给予', NM),
    ('。[兰州新区]招商服务中心', Z),
    ('通过[新区]政务服务网', Z),
]
UNCERTAIN_MENTIONS['g05_lanzhou.txt'] = [
    ('，[园区]距新区城区', FC, _bare_park + '兰州新区精细化工园区 (the park of the block)'),
]

# ---------------------------------------------------------------- g06 银川经开区 (job-fair report)
Z = 'zone:yinchuan-etdz'; ND = 'zone:ningdong-energy-chemical-base'; JC = C('ningxia-jingchuan-new-materials')
HL = C('ningxia-helan-precision'); YX = C('ningxia-yunxiu-data'); NM = K_('new-materials'); HEM = K_('high-end-equipment-manufacturing')
DE = K_('digital-economy')
MENTIONS['g06_yinchuan.txt'] = [
    ('[银川经开区]春季招聘会', Z),
    ('，[银川经济技术开发区]今年首场', Z),
    ('在[经开区]人才服务中心', Z),
    ('新落户[经开区]的，', Z),
    ('，[宁夏卓衡智能装备有限公司]、', C('ningxia-zhuoheng-intelligent')),
    ('、[宁夏澜图电子材料有限公司]就在其中', C('ningxia-lantu-electronic-materials')),
    ('[银川经开区]是自治区', Z),
    ('以[新材料]、高端', NM),
    ('、[高端装备制造]和数字经济', HEM),
    ('和[数字经济]三大产业', DE),
    ('在[新材料]展区', NM),
    ('，[宁夏晶川新材料科技有限公司]（以下简称', JC),
    ('简称“[晶川新材]”）', JC),
    ('。[晶川新材]是江苏', JC),
    ('是[江苏晶川能源股份有限公司]的控股', C('jiangsu-jingchuan-energy')),
    ('也是[经开区]新材料产业链', Z),
    ('[新材料产业链]的链主', NM),
    ('随着[晶川新材]投资建设', JC),
    ('建设的[晶川年产20GW单晶硅棒二期项目]下月', P_('jingchuan-20gw-ingot-phase2')),
    ('[高端装备制造]展区里', HEM),
    ('，[宁夏贺兰精机数控有限公司]打出了', HL),
    ('。[贺兰精机]是宁夏贺兰山', HL),
    ('是[宁夏贺兰山重工集团有限公司]旗下', C('ningxia-helanshan-heavy-industry')),
    ('多家[工程机械]企业', K_('engineering-machinery')),
    ('和[贺兰精机]同在', HL),
    ('同在[经开区]的宁夏瑞恒', Z),
    ('的[宁夏瑞恒精密轴承有限公司]，则', C('ningxia-ruiheng-bearing')),
    ('由[经开区]人才发展专项资金', Z),
    ('[数字经济]展区的岗位', DE),
    ('[宁夏云岫数据服务有限公司]由北京', YX),
    ('由[北京云岫科技集团有限公司]全资设立', C('beijing-yunxiu-tech-group')),
    ('入驻[经开区]，', Z),
    ('提供[工业互联网]服务', K_('industrial-internet')),
    ('投给了[云岫数据]。', YX),
    ('来自[宁东能源化工基地]的宁夏宁瑞', ND),
    ('的[宁夏宁瑞精细化工有限公司]带来了', C('ningxia-ningrui-fine-chemical')),
    ('是[宁东基地]精细化工产业', ND),
    ('[精细化工产业]的重点企业', K_('fine-chemicals')),
    ('参会的[宁夏通驰物流有限公司]，', C('ningxia-tongchi-logistics')),
    ('搬迁至[宁东基地]而', ND),
    ('。[经开区]与宁东基地', Z),
    ('与[宁东基地]去年', ND),
    ('。[经开区]人力资源部门', Z),
    ('，[经开区]将继续', Z),
]

# ---------------------------------------------------------------- g07 徐州经开区 (重点项目名单公示 with table rows)
Z = 'zone:xuzhou-etdz'; CB = 'zone:xuzhou-cbz'
ROWS = [  # (n, project id, project name, builder id, builder name)
    (1, 'hanchi-heavy-crane-smart-base', '瀚驰大吨位起重机智能制造基地', 'xuzhou-hanchi-crane', '徐州瀚驰起重机械有限公司'),
    (2, 'ruikuang-smart-mining-equipment', '睿矿智能矿山装备产业化项目', 'xuzhou-ruikuang-intelligent', '徐州睿矿智能装备有限公司'),
    (3, 'chulan-20gwh-storage-phase1', '楚澜20GWh储能电池项目一期', 'xuzhou-chulan-energy-storage', '徐州楚澜储能科技有限公司'),
    (4, 'xinhuai-auto-power-module-packaging', '芯淮车规级功率模块封测项目', 'xuzhou-xinhuai-semiconductor', '徐州芯淮半导体有限公司'),
    (5, 'chicheng-icv-truck-conversion-center', '驰骋智能网联重卡改装中心', 'jiangsu-chicheng-special-vehicle', '江苏驰骋专用车有限公司'),
    (6, 'hanyuan-construction-machinery-reman-park', '汉源工程机械再制造产业园', 'xuzhou-hanyuan-remanufacturing', '徐州汉源再制造科技有限公司'),
    (7, 'hanchi-hydraulics-phase2', '瀚驰高端液压件二期项目', 'xuzhou-hanchi-hydraulics', '徐州瀚驰液压科技有限公司'),
    (8, 'huaijing-electronic-polysilicon', '淮晶电子级多晶硅项目', 'xuzhou-huaijing-silicon', '徐州淮晶硅材料有限公司'),
    (9, 'pv-storage-zero-carbon-park-demo', '光储一体化零碳园区示范项目', 'xuzhou-etdz-industrial-development-group', '徐州经开区产业发展集团有限公司'),
    (10, 'mingtuo-construction-machinery-supporting-park', '铭拓工程机械配套产业园', 'xuzhou-mingtuo-machinery', '徐州铭拓机械有限公司'),
]
m07 = [
    ('[徐州经济技术开发区]2025年度', Z),
    ('，[经开区]经济发展局会同', Z),
    ('均在[徐州经开区]范围内', Z),
    ('\n\n[经开区]今年的项目安排', Z),
    ('聚焦[工程机械]、', K_('engineering-machinery')),
    ('、[新能源]和集成电路', K_('new-energy')),
    ('和[集成电路]三大', K_('integrated-circuits')),
    ('向[智能网联汽车]和', K_('intelligent-connected-vehicles')),
    ('和[新型储能]两个', K_('energy-storage')),
]
for n, pid, pname, cid, cname in ROWS:
    m07.append((f'\n{n}｜[{pname}]｜', P_(pid)))
    m07.append((f'｜[{cname}]｜', C(cid)))
    if n == 4:
        m07.append(('租用[徐州综合保税区]内标准厂房', CB))
m07 += [
    ('由[江苏楚澜新能源集团有限公司]与', C('jiangsu-chulan-new-energy-group')),
    ('与[徐州经开区产业发展集团有限公司]合资', C('xuzhou-etdz-industrial-development-group')),
    ('，[楚澜集团]控股', C('jiangsu-chulan-new-energy-group')),
    ('被[江苏宏硅科技股份有限公司]收购', C('jiangsu-honggui-tech')),
    ('5．[徐州综合保税区]位于', CB),
    ('位于[经开区]东部', Z),
    ('由[经开区]管理', Z),
    ('均为[经开区]工程机械产业链', Z),
    ('[工程机械产业链]上的骨干企业', K_('engineering-machinery')),
    ('此外，[经开区]另有18个', Z),
    ('向[经开区]经济发展局反映', Z),
    ('本名单由[徐州经济技术开发区]经济发展局', Z),
]
MENTIONS['g07_xuzhou.txt'] = m07

# ---------------------------------------------------------------- g08 襄阳高新区 (listed company's investor-relations activity record)
Z = 'zone:xiangyang-hitech'; XE = 'zone:xiangyang-etdz'; DJ = 'zone:xiangyang-dongjin-new-area'
HX8 = C('hubei-hanxiang-auto-tech'); CJ = C('xiangyang-chujun-auto'); LZ = C('hubei-longzhong-power-battery')
MENTIONS['g08_xiangyang.txt'] = [
    ('[湖北汉襄汽车科技股份有限公司]投资者关系', HX8),
    ('证券简称：[汉襄科技]', HX8),
    ('名称：[长江瑞丰证券股份有限公司]、', C('changjiang-ruifeng-securities')),
    ('、[深圳前岸资产管理有限公司]、', C('shenzhen-qianan-asset-management')),
    ('、[武汉楚石私募基金管理有限公司]\n', C('wuhan-chushi-private-fund')),
    ('公司位于[襄阳高新区]的总部', Z),
    ('全资子公司[襄阳汉襄电驱科技有限公司]投资', C('xiangyang-hanxiang-edrive')),
    ('建设的[汉襄800V电驱总成项目]位于', P_('hanxiang-800v-edrive')),
    ('位于[襄阳经济技术开发区]，', XE),
    ('同在[高新区]的襄阳', Z),
    ('的[襄阳楚骏汽车有限公司]是公司', CJ),
    ('问3：[高新区]的产业', Z),
    ('答：[襄阳高新区]把', Z),
    ('把[新能源汽车]列为', K_('new-energy-vehicles')),
    ('发展[智能网联汽车]和', K_('intelligent-connected-vehicles')),
    ('和[高端装备制造]，', K_('high-end-equipment-manufacturing')),
    ('已集聚[襄阳楚骏汽车有限公司]、', CJ),
    ('、[湖北隆中动力电池有限公司]等新能源汽车', LZ),
    ('等[新能源汽车]整车及零部件企业', K_('new-energy-vehicles')),
    ('与[日本丸越精工株式会社]合资', C('maruetsu-seiko')),
    ('的[襄阳汉越精密齿轮有限公司]已于', C('xiangyang-hanyue-precision-gear')),
    ('将在[高新区]内租赁', Z),
    ('在[襄阳东津新区]设立', DJ),
    ('，[东津新区]距公司', DJ),
    ('主要供应[楚骏汽车]，', CJ),
    ('进入[湖北隆中动力电池有限公司]储能', LZ),
    ('还与[楚骏汽车]、', CJ),
    ('、[隆中动力电池]共同发起', LZ),
    ('问7：[高新区]对公司', Z),
    ('获得了[高新区]技改奖补', Z),
    ('控股股东[襄阳汉江投资控股有限公司]目前', C('xiangyang-hanjiang-investment-holding')),
]

# ---------------------------------------------------------------- relations
RELATIONS = []
UNCERTAIN_RELATIONS = []
def R(h, r, t, f, ev, scope): RELATIONS.append((h, r, t, f, ev, scope))
def U(h, r, t, f, ev, note): UNCERTAIN_RELATIONS.append((h, r, t, f, ev, note))
_supply = 'supply, not partnership (as dev2-dev5)'
_only_project = 'only the firm\'s project is placed in the zone (heldout convention: the firm\'s own located_in is uncertain)'
_transitive = 'transitive: the item is placed in the sub-park / sub-zone, not in the zone itself'
_org = 'partner is an organization (university or college), as the held-out set'
_ratio = 'bare share ratio: control is not stated in words (dev2, dev4)'
_equal = 'equal joint venture (双方各持股50%): no parent in control'

# ---- g01 南京江北新区 (十大新闻)
f = 'g01_nanjing_jiangbei.txt'; Z = 'zone:nanjing-jiangbei-new-area'; BV = 'zone:nanjing-biomedical-valley'; SP = 'zone:nanjing-software-park'
XC = C('nanjing-xinche-semiconductor'); FAB = P_('xinche-12inch-specialty-fab')
R(Z, 'focuses_on', IC, f, ['新区把集成电路作为“一号产业”'], 'clause (Z把X作为“一号产业”)')
R(XC, 'owns', FAB, f, ['投资120亿元建设的芯澈12英寸特色工艺晶圆产线'], 'clause (A（以下简称…）投资N亿元建设的B)')
R(FAB, 'located_in', Z, f, ['是新区年内投产的最大单体项目'], 'clause (B…是Z年内投产的最大单体项目: the zone\'s own ranking places the project, as 全区 in seed 002)')
R(C('nanjing-yangzi-construction'), 'owns', FAB, f, ['由南京扬子建设工程有限公司承建'], 'clause (B…由A承建: the builder owns, as heldout)')
R(XC, 'subsidiary_of', C('shanghai-xinche-ic'), f, ['芯澈半导体由上海芯澈集成电路股份有限公司控股'], 'clause (B由A控股: control stated)')
R(BV, 'located_in', Z, f, ['南京生物医药谷是新区生物医药产业的主要承载地'], 'clause (sub-park是Z X产业的主要承载地, as dev5 f05)')
U(BV, 'focuses_on', BIO, f, ['南京生物医药谷是新区生物医药产业的主要承载地'], 'the sub-park hosts the new area\'s industry (承载地): a description, not its own stated target (dev5 f05)')
s = ['南京和颐生物科技股份有限公司、南京康衍药业股份有限公司两家创新药企业']
for c in ('nanjing-heyi-biotech', 'nanjing-kangyan-pharma'):
    R(C(c), 'member_of', K_('innovative-drugs'), f, s, 'clause (A、B两家X企业)')
    R(C(c), 'located_in', BV, f, s + ['两家公司的研发总部都设在谷内'], 'sentence (两家公司的研发总部都设在谷内: 谷内 = 生物医药谷, the topic of the item; unnamed facilities place the firms)')
    U(C(c), 'located_in', Z, f, s + ['两家公司的研发总部都设在谷内'], _transitive)
U(Z, 'focuses_on', K_('energy-storage'), f, ['四、新型储能项目集中签约'], 'the item heading names the industry of the signed projects; no target stated')
WC = C('nanjing-wochuan-energy-storage'); WP = P_('wochuan-20gwh-storage-cells')
R(WC, 'located_in', Z, f, ['南京沃川储能科技有限公司将在新区建设沃川20GWh储能电芯项目'], 'clause (A将在Z建设B: shared locative places A, as dev2 d01)')
R(WP, 'located_in', Z, f, ['南京沃川储能科技有限公司将在新区建设沃川20GWh储能电芯项目'], 'clause (A将在Z建设B)')
R(WC, 'owns', WP, f, ['南京沃川储能科技有限公司将在新区建设沃川20GWh储能电芯项目'], 'clause (A将…建设B)')
R(WC, 'subsidiary_of', C('jiangsu-wochuan-new-energy-group'), f, ['该公司系江苏沃川新能源集团有限公司的全资子公司'], 'clause (该公司系A的全资子公司; 该公司 = 沃川储能)')
s = ['南京博森传感技术有限公司由南京江浦电子集团有限公司与德国欧霖传感器公司合资组建，德方持股40%']
R(C('nanjing-jiangpu-electronics-group'), 'partners_with', C('oulin-sensor'), f, s, 'clause (由A与B合资组建: joint venture parents)')
for c in ('nanjing-jiangpu-electronics-group', 'oulin-sensor'):
    U(C('nanjing-bosen-sensing'), 'subsidiary_of', C(c), f, s, _ratio + ' (德方持股40%)')
BP = P_('bosen-mems-sensor-plant')
R(BP, 'located_in', Z, f, ['博森车规级MEMS传感器工厂在新区开工建设'], 'clause (B在Z开工建设)')
R(C('nanjing-bosen-sensing'), 'owns', BP, f, ['南京博森传感技术有限公司由', '8月，博森车规级MEMS传感器工厂在新区开工建设'], 'paragraph (the firm\'s name stem inside the project name, the firm named on its own in the same item: dev3 convention)')
U(C('nanjing-bosen-sensing'), 'located_in', Z, f, ['博森车规级MEMS传感器工厂在新区开工建设'], _only_project)
R(SP, 'located_in', Z, f, ['位于新区的南京软件园'], 'clause (位于Z的sub-park)')
s = ['这座园区重点发展工业软件和信息技术应用创新']
for c in ('industrial-software', 'information-innovation'):
    R(SP, 'focuses_on', K_(c), f, s, 'clause (这座园区重点发展X和Y: 这座园区 = 南京软件园, the subject of the sentence before; a sub-park is a zone, dev4)')
U(SP, 'focuses_on', K_('software-info-services'), f, ['南京软件园全年软件和信息服务业收入增长18%'], 'output of the sub-park (收入增长18%), not a stated target')
R(C('nanjing-henglan-shuzhi'), 'located_in', SP, f, ['园内的南京衡澜数智科技有限公司'], 'sentence (园内的A: 园内 = 南京软件园, the topic of the sentence)')
U(C('nanjing-henglan-shuzhi'), 'located_in', Z, f, ['园内的南京衡澜数智科技有限公司'], _transitive)
YN1 = C('nanjing-yaoneng-hydrogen')
R(YN1, 'located_in', Z, f, ['新区年内引进的氢能企业南京曜能氢能科技有限公司'], 'clause (Z引进的A, as dev5 f04)')
R(YN1, 'member_of', H2, f, ['引进的氢能企业南京曜能氢能科技有限公司'], 'clause (X企业A: apposition)')
U(Z, 'focuses_on', H2, f, ['有政协委员建议，将氢能列为新区下一阶段重点培育的产业'], 'a proposal of a CPPCC member (建议), not a stated target of the new area')
s = ['作为新区集成电路产业链链主，芯澈半导体']
R(XC, 'member_of', IC, f, s, 'clause (作为Z X产业链链主，A)')
R(XC, 'located_in', Z, f, s, 'clause (作为Z X产业链链主，A: as dev5 f01 `A是开发区X产业链上的核心配套企业`)')
R(XC, 'partners_with', C('nanjing-guiyu-materials'), f, ['芯澈半导体与南京硅域材料有限公司签订五年期硅片供货协议'], 'clause (a signed multi-year 供货协议, as dev2-dev5)')
U(C('nanjing-guiyu-materials'), 'located_in', Z, f, ['硅域材料也成为首家进入其供应链的本地企业'], '本地企业 (a local firm): local to Nanjing, not stated to be in the new area')
s = ['2025年新区将继续围绕集成电路、生物医药和新能源汽车三大产业链组织专班招商']
for c in ('integrated-circuits', 'biomedicine', 'new-energy-vehicles'):
    if c != 'integrated-circuits':
        R(Z, 'focuses_on', K_(c), f, s, 'clause (Z将继续围绕X、Y和W三大产业链…招商, as heldout `围绕X产业链招商`)')
U(C('nanjing-yangzi-construction'), 'located_in', Z, f, ['由南京扬子建设工程有限公司承建'], 'the builder works on a project in the zone; not placed itself')
U(C('shanghai-xinche-ic'), 'owns', FAB, f, ['芯澈半导体由上海芯澈集成电路股份有限公司控股'], 'the parent of the investor; ownership through the subsidiary is inference')

# ---- g02 温州经开区 (bankruptcy-reorganisation notice)
f = 'g02_wenzhou.txt'; Z = 'zone:wenzhou-etdz'
_fields = 'entry fields (一、债务人基本情况: the field lines are clauses of the debtor named in 企业名称：)'
R(HX, 'located_in', Z, f, ['注册地址：温州经济技术开发区滨海三道2号'], _fields + ': 注册地址 (also 位于经开区沙城街道的自有厂区)')
R(HX, 'subsidiary_of', OH, f, ['股东情况：温州瓯宏控股集团有限公司持股100%'], _fields + ': 股东情况 A持股100% (wholly owned, as dev3 d03 股权结构; also 唯一股东)')
R(HX, 'member_of', K_('pumps-valves'), f, ['泓翔阀门成立于2009年，是温州经开区泵阀产业集群的骨干企业之一'], 'clause (A是Z X产业集群的骨干企业之一)')
U(Z, 'focuses_on', K_('pumps-valves'), f, ['是温州经开区泵阀产业集群的骨干企业之一'], 'the zone has the cluster (Z泵阀产业集群); no target stated')
R(HX, 'owns', P_('hongxiang-smart-valve-digital-factory'), f, ['在建工程泓翔智能阀门数字化工厂项目，由债务人于2021年投资建设'], 'clause (B，由A投资建设; 债务人 = 泓翔阀门, defined by （以下简称“泓翔阀门”或“债务人”）)')
U(P_('hongxiang-smart-valve-digital-factory'), 'located_in', Z, f, ['在建工程泓翔智能阀门数字化工厂项目'], 'the asset list places the debtor\'s plant (位于经开区沙城街道的自有厂区) in one item and the project in another; the project\'s site is not stated')
U(HC, 'subsidiary_of', HX, f, ['持有温州泓翔铸造有限公司60%的股权'], _ratio + ' (持有…60%的股权; 债务人持股60%)')
R(HC, 'located_in', Z, f, ['债务人持股60%的温州泓翔铸造有限公司同样位于经开区'], 'clause (A同样位于Z)')
U(HC, 'partners_with', HX, f, ['其铸件主要供应债务人'], _supply + ' (主要供应)')
R(HX, 'partners_with', C('wenzhou-jindi-fluid'), f, ['泓翔阀门与温州锦迪流体设备有限公司签订的五年期铸件委托加工协议仍在履行'], 'clause (a signed five-year 委托加工协议: a multi-year supply agreement, as dev2-dev5)')
U(HX, 'partners_with', YN, f, ['其为浙江甬能石化股份有限公司等客户生产的高压阀门订单'], _supply + ' (a customer, 客户)')
R(YN, 'partners_with', C('ningbo-chengjiang-fluid-control'), f, ['浙江甬能石化股份有限公司与宁波澄江流体控制股份有限公司组成的联合体'], 'clause (A与B组成的联合体, as dev2 结成…联合体)')
for c in ('zhejiang-yongneng-petrochemical', 'ningbo-chengjiang-fluid-control', 'wenzhou-ruiao-valve'):
    U(C(c), 'partners_with', HX, f, ['已提交意向书', '提交意向书不代表被确定为重整投资人'], 'an applicant for reorganisation investor: not yet an investor (the notice says so)')
U(C('wenzhou-ruiao-valve'), 'located_in', Z, f, ['以及温州瑞岙阀门制造有限公司已提交意向书'], 'a Wenzhou firm (温州瑞岙…); the text does not place it in the zone')

# ---- g03 珠海高新区 (ESG report)
f = 'g03_zhuhai.txt'; Z = 'zone:zhuhai-hitech'; HZ = 'zone:hengqin-cooperation-zone'
R(AB, 'located_in', Z, f, ['公司成立于2011年，总部及主要生产基地位于珠海国家高新技术产业开发区唐家湾片区'], 'clause (公司…总部及主要生产基地位于Z: 公司 = 澳铂光电, defined by （下文简称“澳铂光电”“公司”…）; unnamed facilities place the firm)')
R(AB, 'subsidiary_of', C('zhuhai-henghong-investment'), f, ['公司控股股东为珠海恒泓投资集团有限公司'], 'clause (公司控股股东为A, as dev3 d03)')
s = ['公司拥有三家子公司：珠海澳铂激光器件有限公司（全资）、横琴澳铂国际贸易有限公司（持股80%）和澳门铂光科技有限公司']
for c in ('zhuhai-aobo-laser-devices', 'hengqin-aobo-trading', 'macau-boguang-tech'):
    R(C(c), 'subsidiary_of', AB, f, s, 'clause (公司拥有三家子公司：A、B和C: 子公司 states control for all three; the shares are details)')
s = ['澳门铂光科技有限公司（与澳门濠江创投有限公司共同出资，公司持股51%）']
R(AB, 'partners_with', C('macau-haojiang-ventures'), f, s, 'clause (与A共同出资: joint venture partners; subject 公司)')
U(MB, 'subsidiary_of', C('macau-haojiang-ventures'), f, s, 'minority co-investor of the joint venture (公司持股51%)')
R(HQ, 'located_in', HZ, f, ['横琴澳铂国际贸易有限公司注册于横琴粤澳深度合作区'], 'clause (A注册于Z)')
R(LD, 'located_in', Z, f, ['珠海澳铂激光器件有限公司则位于高新区金鼎片区'], 'clause (A位于Z金鼎片区)')
P3 = P_('aobo-auto-optics-phase2-base')
R(AB, 'owns', P3, f, ['公司在高新区投资建设的澳铂车载光学二期产业化基地'], 'clause (公司在Z投资建设的B)')
R(P3, 'located_in', Z, f, ['公司在高新区投资建设的澳铂车载光学二期产业化基地'], 'clause (在Z投资建设的B)')
s = ['公司前五大供应商中有三家位于珠海高新区：珠海鑫晶光学材料有限公司、珠海捷讯精密五金有限公司和珠海绿科包装材料有限公司']
for c in ('zhuhai-xinjing-optical', 'zhuhai-jiexun-hardware', 'zhuhai-lvke-packaging'):
    R(C(c), 'located_in', Z, f, s, 'sentence (…中有三家位于Z：A、B和C)')
R(AB, 'partners_with', XJ, f, ['公司与珠海鑫晶光学材料有限公司签订了三年期战略采购协议'], 'clause (a signed three-year 采购协议, as dev5 f04)')
for c in ('zhuhai-jiexun-hardware', 'zhuhai-lvke-packaging'):
    U(AB, 'partners_with', C(c), f, s, _supply + ' (供应商)')
s = ['公司所在的珠海高新区重点发展新一代信息技术、智能制造和生物医药三大产业']
for c in ('new-generation-it', 'intelligent-manufacturing', 'biomedicine'):
    R(Z, 'focuses_on', K_(c), f, s, 'clause (Z重点发展X、Y和W三大产业)')
R(Z, 'focuses_on', K_('laser'), f, ['公司所在的珠海高新区重点发展', '其中激光产业链已形成较完整的本地配套'], 'sentence (Z…，其中X产业链已形成…配套: what the zone has 形成, as heldout)')
R(AB, 'member_of', K_('laser'), f, ['作为珠海激光产业的骨干企业，公司牵头组建了'], 'clause (作为X产业的骨干企业，公司)')
R(AB, 'partners_with', YM, f, ['公司牵头组建了珠海市激光雷达创新联合体，成员包括珠海翼目智能科技有限公司等11家单位'], 'clause (组建…联合体，成员包括A, as dev2 结成联合体; also 与A合资设立C)')
R(YM, 'located_in', Z, f, ['公司又与同在高新区的珠海翼目智能科技有限公司合资设立'], 'clause (同在Z的A: presupposition places A, as dev2 d06)')
s = ['合资设立珠海目铂传感科技有限公司，双方各持股50%']
for c in (AB, YM):
    U(C('zhuhai-mubo-sensing'), 'subsidiary_of', c, f, s, _equal)
U(C('zhuhai-mubo-sensing'), 'located_in', Z, f, s, 'both parents are in the zone; the joint venture\'s own site is not stated')
U(AB, 'member_of', K_('new-energy-vehicles'), f, ['产品主要供应国内多家新能源汽车企业'], 'the firm supplies the industry (customers), it is not stated to be part of it')
U(AB, 'partners_with', 'org:zhuhai-college-of-science-and-technology', f, ['公司与珠海科技学院共建光学工程实践基地'], _org)

# ---- g04 泉州经开区 (feature profile)
f = 'g04_quanzhou.txt'; Z = 'zone:quanzhou-etdz'
s = ['启航智能是泉州经开区智能装备产业的龙头企业']
R(QH, 'member_of', K_('intelligent-equipment'), f, s, 'clause (A是Z X产业的龙头企业)')
R(QH, 'located_in', Z, f, s, 'clause (A是Z X产业的龙头企业, as dev5 f01; also 陈启航把工厂搬进了泉州经开区 and 区内…都在其列)')
R(TY, 'member_of', FA, f, ['福建踏远体育用品股份有限公司是晋江鞋服产业的代表企业'], 'clause (A是X产业的代表企业; 晋江 is a city, not a zone)')
R(QH, 'partners_with', TY, f, ['2019年，两家公司签订了十年期设备供货与维保协议'], 'sentence (两家公司 = the two firms of the sentence before; a signed ten-year 供货与维保协议)')
U(C('quanzhou-xunchi-motor'), 'partners_with', QH, f, ['为它供应伺服电机已有八年'], _supply + ' (为它供应…已有八年; no agreement stated)')
for c in ('quanzhou-xunchi-motor', 'quanzhou-huayuan-casting'):
    U(C(c), 'located_in', Z, f, ['启航智能的供应商里，不少是经开区的“邻居”'], '不少 (many) of the suppliers are neighbours in the zone; the firm itself is not stated to be one of them (迅驰 is across the road from 启航智能)')
R(C('quanzhou-huayuan-casting'), 'subsidiary_of', QH, f, ['去年被启航智能收购，成为其全资子公司'], 'clause (被A收购，成为其全资子公司)')
JQ = C('jinjiang-qihang-service')
s = ['启航智能在晋江经济开发区设立全资子公司晋江启航鞋机服务有限公司']
R(JQ, 'subsidiary_of', QH, f, s, 'clause (A在Z设立全资子公司B)')
R(JQ, 'located_in', 'zone:jinjiang-edz', f, s, 'clause (在Z设立…B: the new subsidiary is placed)')
QK = C('quanzhou-qike-sewing')
s = ['公司又与德国克莱因缝纫技术公司合资成立泉州启克智能缝制设备有限公司，启航智能控股55%']
R(QH, 'partners_with', KL, f, s, 'clause (公司又与A合资成立C; 公司 = 启航智能)')
R(QK, 'subsidiary_of', QH, f, s, 'clause (合资成立C，A控股55%: control stated)')
U(QK, 'subsidiary_of', KL, f, s, 'minority joint-venture parent (启航智能控股55%)')
PK = P_('qike-sewing-equipment-park')
R(QK, 'owns', PK, f, ['这家合资公司投资3.6亿元建设的启克智能缝制装备产业园'], 'clause (这家合资公司投资N亿元建设的B; 这家合资公司 = 启克)')
R(PK, 'located_in', Z, f, ['启克智能缝制装备产业园正在经开区加紧施工'], 'clause (B正在Z加紧施工)')
U(QK, 'located_in', Z, f, ['启克智能缝制装备产业园正在经开区加紧施工'], _only_project)
s = ['泉州经开区近年来重点发展智能装备、新材料和生物医药三大产业']
for c in ('intelligent-equipment', 'new-materials', 'biomedicine'):
    R(Z, 'focuses_on', K_(c), f, s, 'clause (Z重点发展X、Y和W三大产业)')
R(C('quanzhou-hengwei-textile-machinery'), 'located_in', Z, f, ['区内已聚集缝制和纺织机械企业60多家，启航智能、泉州恒纬纺机股份有限公司都在其列'], 'sentence (区内已聚集…企业60多家，A、B都在其列: 区内 = 泉州经开区, the subject of the clause before)')
U(QH, 'partners_with', 'org:huaqiao-university', f, ['公司今年还打算和华侨大学合作建一个缝制装备联合实验室'], _org + '; planned (打算)')

# ---- g05 兰州新区 (园区简介 brochure)
f = 'g05_lanzhou.txt'; Z = 'zone:lanzhou-new-area'; CB = 'zone:lanzhou-new-area-cbz'; FC = 'zone:lanzhou-new-area-fine-chemical-park'
s = ['新区距兰州中川国际机场仅3公里，兰州新区综合保税区、兰州新区精细化工园区和中川北站铁路口岸均在区内']
for z in (CB, FC):
    R(z, 'located_in', Z, f, s, 'sentence (A、B…均在区内: 区内 = 新区, the subject of the sentence)')
s = ['新区以绿色化工、新材料、高端装备制造、数据信息和现代物流为五大主导产业']
for c in ('green-chemicals', 'new-materials', 'high-end-equipment-manufacturing', 'data-information', 'modern-logistics'):
    R(Z, 'focuses_on', K_(c), f, s, 'clause (Z以X、Y…为五大主导产业)')
s = ['正加快培育氢能和生物医药两个新兴产业']
for c in ('hydrogen', 'biomedicine'):
    R(Z, 'focuses_on', K_(c), f, s, 'clause (…，正加快培育X和Y两个新兴产业; subject 新区)')
_block = 'entry (park block: the ▪ heading names the sub-zone, the next line\'s elided subject is that sub-zone)'
_line = 'entry (company line: ▪ A：… — the text after the colon is a clause whose elided subject is A)'
s = ['▪ 兰州新区综合保税区', '2014年7月经国务院批准设立，重点发展跨境电商、冷链物流和保税加工']
for c in ('cross-border-ecommerce', 'cold-chain-logistics'):
    R(CB, 'focuses_on', K_(c), f, s, _block + ': 重点发展X、Y')
R(C('gansu-longyi-logistics'), 'located_in', CB, f, ['区内的甘肃陇驿国际物流有限公司已开通中欧班列集拼业务'], _block + ': 区内的A (区内 = the sub-zone)')
U(C('gansu-longyi-logistics'), 'located_in', Z, f, ['区内的甘肃陇驿国际物流有限公司'], _transitive)
s = ['甘肃陇钛新材料科技有限公司、兰州宏晟精细化工有限公司均在园内建有生产基地']
for c in (LT, HS):
    R(c, 'located_in', FC, f, s, _block + ': A、B均在园内建有生产基地 (园内 = the sub-park; unnamed facilities place the firms)')
U(HS, 'located_in', Z, f, s, _transitive)
s = ['兰州陇钛集团股份有限公司的全资子公司，新区新材料产业链的龙头企业']
R(LT, 'member_of', NM, f, s, _line + ': Z X产业链的龙头企业')
R(LT, 'located_in', Z, f, s, _line + ': Z X产业链的龙头企业 (as dev5 f01; the firm is also placed in the sub-park by its base)')
XL = C('lanzhou-xinling-data'); PXL = P_('xinling-silk-road-computing-center-phase1')
R(XL, 'located_in', Z, f, ['兰州新瓴数据科技有限公司：新区引进的首家超大规模数据中心运营商'], _line + ': Z引进的…运营商')
R(XL, 'owns', PXL, f, ['其新瓴丝路算力中心一期已投运8000个机柜'], _line + ': 其B (其 = A)')
U(PXL, 'located_in', Z, f, ['新区为其配套建设了两座110千伏变电站'], 'the new area builds substations for it: placement implied, not stated')
R(LT, 'subsidiary_of', C('lanzhou-longtai-group'), f, ['甘肃陇钛新材料科技有限公司：兰州陇钛集团股份有限公司的全资子公司'], _line + ': B的全资子公司')
QL = C('gansu-qilian-heavy-equipment'); QLI = C('gansu-qilian-investment-holding')
s = ['由甘肃祁连投资控股集团有限公司与瑞士贝格机械公司共同出资设立，祁连投资控股集团控股']
R(QLI, 'partners_with', C('berg-machinery'), f, s, _line + ': 由A与B共同出资设立 (joint venture parents)')
R(QL, 'subsidiary_of', QLI, f, s, _line + ': …，A控股 (control stated)')
U(QL, 'subsidiary_of', C('berg-machinery'), f, s, 'minority joint-venture parent (祁连投资控股集团控股)')
U(QL, 'located_in', Z, f, ['▪ 甘肃祁连重工装备有限公司：'], 'listed under the brochure\'s 【重点企业】 heading only; no placement stated (unlike a heading that says 均落户Z)')
R(HS, 'partners_with', LT, f, ['已与甘肃陇钛新材料科技有限公司签订长期原料供应协议'], _line + ': 已与B签订长期…供应协议 (a signed long-term supply agreement, as dev3)')
AH = C('lanzhou-anhong-biopharma'); PAH = P_('anhong-biologics-api-base')
R(AH, 'subsidiary_of', C('lanzhou-anhong-pharma-group'), f, ['兰州安泓生物制药有限公司：由兰州安泓医药集团有限公司控股'], _line + ': 由A控股')
R(AH, 'owns', PAH, f, ['其安泓生物药原液生产基地已于去年在新区投产'], _line + ': 其B (其 = A)')
R(PAH, 'located_in', Z, f, ['安泓生物药原液生产基地已于去年在新区投产'], 'clause (B…在Z投产)')
U(AH, 'located_in', Z, f, ['安泓生物药原液生产基地已于去年在新区投产'], _only_project)
LY = C('gansu-longyuan-hydrogen'); PLY = P_('longyuan-green-hydrogen')
R(LY, 'owns', PLY, f, ['甘肃陇原氢能科技有限公司：拟在新区建设陇原绿电制氢一体化项目'], _line + ': 拟…建设B (the project is the firm\'s, although only planned)')
U(PLY, 'located_in', Z, f, ['拟在新区建设陇原绿电制氢一体化项目，目前正在开展前期论证'], 'a plan under feasibility study (拟…，目前正在开展前期论证), not a fact')
U(LY, 'located_in', Z, f, ['拟在新区建设陇原绿电制氢一体化项目，目前正在开展前期论证'], 'a plan under feasibility study; and only through the project')
U(LY, 'member_of', K_('hydrogen'), f, ['▪ 甘肃陇原氢能科技有限公司：'], 'industry only inside the firm\'s name (氢能)')
U(HS, 'member_of', K_('fine-chemicals'), f, ['▪ 兰州宏晟精细化工有限公司：'], 'industry only inside the firm\'s name (精细化工)')
U(FC, 'focuses_on', K_('fine-chemicals'), f, ['▪ 兰州新区精细化工园区'], 'industry only inside the sub-park\'s name')

# ---- g06 银川经开区 (job fair)
f = 'g06_yinchuan.txt'; Z = 'zone:yinchuan-etdz'; ND = 'zone:ningdong-energy-chemical-base'
s = ['今年参会企业中有11家是去年新落户经开区的，宁夏卓衡智能装备有限公司、宁夏澜图电子材料有限公司就在其中']
for c in ('ningxia-zhuoheng-intelligent', 'ningxia-lantu-electronic-materials'):
    R(C(c), 'located_in', Z, f, s, 'sentence (N家是新落户Z的，A、B就在其中)')
s = ['银川经开区是自治区首个国家级经开区，目前以新材料、高端装备制造和数字经济三大产业为主导']
for c in ('new-materials', 'high-end-equipment-manufacturing', 'digital-economy'):
    R(Z, 'focuses_on', K_(c), f, s, 'clause (Z…以X、Y和W三大产业为主导)')
R(JC, 'subsidiary_of', C('jiangsu-jingchuan-energy'), f, ['晶川新材是江苏晶川能源股份有限公司的控股子公司'], 'clause (B是A的控股子公司)')
s = ['晶川新材是江苏晶川能源股份有限公司的控股子公司，也是经开区新材料产业链的链主企业']
R(JC, 'member_of', NM, f, s, 'clause (…，也是Z X产业链的链主企业; subject 晶川新材)')
R(JC, 'located_in', Z, f, s, 'clause (A是Z X产业链的链主企业, as dev5 f01)')
PJC = P_('jingchuan-20gw-ingot-phase2')
R(JC, 'owns', PJC, f, ['晶川新材投资建设的晶川年产20GW单晶硅棒二期项目'], 'clause (A投资建设的B)')
U(PJC, 'located_in', Z, f, ['晶川新材投资建设的晶川年产20GW单晶硅棒二期项目下月投产'], 'the firm is in the zone; the project\'s site is not stated')
s = ['和贺兰精机同在经开区的宁夏瑞恒精密轴承有限公司']
R(HL, 'located_in', Z, f, s, 'clause (和A同在Z的B: presupposition places both, as dev2 d06)')
R(C('ningxia-ruiheng-bearing'), 'located_in', Z, f, s, 'clause (同在Z的B)')
U(HL, 'member_of', HEM, f, ['高端装备制造展区里，宁夏贺兰精机数控有限公司打出了'], 'placement at the fair\'s exhibition area (展区), not a statement of membership')
U(HL, 'partners_with', 'org:ningxia-vocational-college-industry-commerce', f, ['去年企业与宁夏工商职业技术学院合作开设了数控订单班'], _org)
R(HL, 'subsidiary_of', C('ningxia-helanshan-heavy-industry'), f, ['贺兰精机是宁夏贺兰山重工集团有限公司旗下企业'], 'clause (B是A旗下企业)')
U(HL, 'member_of', K_('engineering-machinery'), f, ['产品供应西北地区多家工程机械企业'], 'the firm supplies the industry (customers), it is not part of it')
R(HL, 'partners_with', C('ningxia-ruiheng-bearing'), f, ['两家企业去年签订了为期三年的主轴轴承配套协议'], 'sentence (两家企业 = 贺兰精机 and 瑞恒, the sentence before; a signed three-year 配套协议)')
R(YX, 'subsidiary_of', C('beijing-yunxiu-tech-group'), f, ['宁夏云岫数据服务有限公司由北京云岫科技集团有限公司全资设立'], 'clause (B由A全资设立)')
R(YX, 'located_in', Z, f, ['去年入驻经开区'], 'clause (A…去年入驻Z)')
U(YX, 'member_of', K_('industrial-internet'), f, ['主要为区内制造企业提供工业互联网服务'], 'a line of business (提供X服务), not stated membership (dev3 d03 经营范围)')
U(YX, 'member_of', DE, f, ['数字经济展区的岗位最“抢手”。宁夏云岫数据服务有限公司'], 'placement at the fair\'s exhibition area (展区), not a statement of membership')
NR = C('ningxia-ningrui-fine-chemical')
R(NR, 'located_in', ND, f, ['来自宁东能源化工基地的宁夏宁瑞精细化工有限公司'], 'clause (来自Z的A; also 该公司是宁东基地X产业的重点企业)')
R(NR, 'member_of', K_('fine-chemicals'), f, ['该公司是宁东基地精细化工产业的重点企业'], 'clause (该公司是Z X产业的重点企业; 该公司 = 宁瑞)')
U(ND, 'focuses_on', K_('fine-chemicals'), f, ['宁东基地精细化工产业'], 'the base has the industry (宁东基地精细化工产业); no target stated')
R(C('ningxia-tongchi-logistics'), 'located_in', ND, f, ['因整体搬迁至宁东基地'], 'clause (A…因整体搬迁至Z)')
U(C('ningxia-tongchi-logistics'), 'located_in', Z, f, ['原计划参会的宁夏通驰物流有限公司，因整体搬迁至宁东基地'], 'the firm has moved out to 宁东基地; its former presence in the zone is only implied')

# ---- g07 徐州经开区 (重点项目名单公示)
f = 'g07_xuzhou.txt'; Z = 'zone:xuzhou-etdz'; CB = 'zone:xuzhou-cbz'
s = ['经开区今年的项目安排继续聚焦工程机械、新能源和集成电路三大主导产业']
for c in ('engineering-machinery', 'new-energy', 'integrated-circuits'):
    R(Z, 'focuses_on', K_(c), f, s, 'clause (Z今年的项目安排继续聚焦X、Y和W三大主导产业)')
s = ['同时向智能网联汽车和新型储能两个新兴领域倾斜']
for c in ('intelligent-connected-vehicles', 'energy-storage'):
    R(Z, 'focuses_on', K_(c), f, s, 'clause (…，同时向X和Y两个新兴领域倾斜; subject 经开区今年的项目安排)')
_row = 'table row (序号｜项目名称｜建设单位｜…: the 建设单位 column owns the project of its row)'
for n, pid, pname, cid, cname in ROWS:
    R(C(cid), 'owns', P_(pid), f, [f'{n}｜{pname}｜{cname}｜'], _row)
    if n != 4:
        R(P_(pid), 'located_in', Z, f, ['名单所列项目均在徐州经开区范围内建设', f'{n}｜{pname}｜'], 'paragraph (名单所列项目均在Z范围内建设 places every listed project, as dev5 f02 list heading)')
    if cid not in ('xuzhou-etdz-industrial-development-group', 'xuzhou-hanchi-crane', 'xuzhou-hanchi-hydraulics'):
        U(C(cid), 'located_in', Z, f, [f'{n}｜{pname}｜{cname}｜'], _only_project + ' (建设单位 of a listed project)')
R(P_('xinhuai-auto-power-module-packaging'), 'located_in', CB, f, ['租用徐州综合保税区内标准厂房，建设功率模块封装测试线'], _row + ': 建设内容 places the project in the sub-zone')
U(P_('xinhuai-auto-power-module-packaging'), 'located_in', Z, f, ['名单所列项目均在徐州经开区范围内建设', '4｜芯淮车规级功率模块封测项目｜'], 'the list places every item in the zone, but the row itself names the sub-zone (as dev5 f02: uncertain for the zone)')
R(CB, 'located_in', Z, f, ['徐州综合保税区位于经开区东部'], 'clause (sub-zone位于Z东部; also 由经开区管理)')
s = ['第3项建设单位由江苏楚澜新能源集团有限公司与徐州经开区产业发展集团有限公司合资设立，楚澜集团控股']
R(C('jiangsu-chulan-new-energy-group'), 'partners_with', C('xuzhou-etdz-industrial-development-group'), f, s, 'notes (第N项建设单位 refers to a row: 由A与B合资设立 = joint venture parents)')
R(C('xuzhou-chulan-energy-storage'), 'subsidiary_of', C('jiangsu-chulan-new-energy-group'), f, s, 'notes (第3项建设单位 = 徐州楚澜储能; …，A控股: control stated)')
U(C('xuzhou-chulan-energy-storage'), 'subsidiary_of', C('xuzhou-etdz-industrial-development-group'), f, s, 'minority joint-venture parent (楚澜集团控股)')
R(C('xuzhou-hanchi-hydraulics'), 'subsidiary_of', C('xuzhou-hanchi-crane'), f, ['第7项建设单位为第1项建设单位的全资子公司'], 'notes (第7项建设单位 = 徐州瀚驰液压, 第1项建设单位 = 徐州瀚驰起重机械: both resolved through the table rows)')
R(C('xuzhou-huaijing-silicon'), 'subsidiary_of', C('jiangsu-honggui-tech'), f, ['第8项建设单位已于2024年12月被江苏宏硅科技股份有限公司收购，成为其全资子公司'], 'notes (第8项建设单位 = 徐州淮晶; 被A收购，成为其全资子公司)')
s = ['第1项、第7项建设单位均为经开区工程机械产业链上的骨干企业']
for c in ('xuzhou-hanchi-crane', 'xuzhou-hanchi-hydraulics'):
    R(C(c), 'member_of', K_('engineering-machinery'), f, s, 'notes (第1项、第7项建设单位 = the builders of rows 1 and 7; A、B均为Z X产业链上的骨干企业)')
    R(C(c), 'located_in', Z, f, s, 'notes (A、B均为Z X产业链上的骨干企业, as dev5 f01 `A是开发区X产业链上的核心配套企业`)')
U(C('xuzhou-ruikuang-intelligent'), 'partners_with', 'org:china-university-of-mining-and-technology', f, ['第2项建设单位与中国矿业大学共建了矿山装备联合研发中心'], _org)
U(C('xuzhou-etdz-industrial-development-group'), 'located_in', Z, f, ['9｜光储一体化零碳园区示范项目｜徐州经开区产业发展集团有限公司｜'], 'the zone\'s name is part of the firm\'s name; no placement stated')

# ---- g08 襄阳高新区 (investor-relations activity record)
f = 'g08_xiangyang.txt'; Z = 'zone:xiangyang-hitech'; XE = 'zone:xiangyang-etdz'; DJ = 'zone:xiangyang-dongjin-new-area'
_issuer = '公司 = the issuer named in the title (湖北汉襄汽车科技股份有限公司, 证券简称 汉襄科技), as dev3 d03'
R(HX8, 'located_in', Z, f, ['地点：公司位于襄阳高新区的总部会议室'], 'entry fields (地点：公司位于Z的总部…: the unnamed headquarters places the firm; ' + _issuer + ')')
ED = C('xiangyang-hanxiang-edrive'); PED = P_('hanxiang-800v-edrive')
s = ['公司全资子公司襄阳汉襄电驱科技有限公司投资建设的汉襄800V电驱总成项目位于襄阳经济技术开发区']
R(ED, 'subsidiary_of', HX8, f, s, 'clause (公司全资子公司B; ' + _issuer + ')')
R(ED, 'owns', PED, f, s, 'clause (B投资建设的C)')
R(PED, 'located_in', XE, f, s, 'clause (C位于Z)')
U(ED, 'located_in', XE, f, s, _only_project)
U(HX8, 'owns', PED, f, s, 'the parent of the investor; ownership through the subsidiary is inference')
R(CJ, 'located_in', Z, f, ['同在高新区的襄阳楚骏汽车有限公司是公司第一大客户'], 'clause (同在Z的A: presupposition, as dev2 d06)')
R(HX8, 'partners_with', CJ, f, ['双方去年续签了三年期供货框架协议'], 'clause (双方 = 公司 and 楚骏汽车; a signed three-year 供货框架协议; also 共同发起成立…创新联合体)')
s = ['襄阳高新区把新能源汽车列为首位产业，并同步发展智能网联汽车和高端装备制造']
for c in ('new-energy-vehicles', 'intelligent-connected-vehicles', 'high-end-equipment-manufacturing'):
    R(Z, 'focuses_on', K_(c), f, s, 'clause (Z把X列为首位产业，并同步发展Y和W)')
s = ['区内已集聚襄阳楚骏汽车有限公司、湖北隆中动力电池有限公司等新能源汽车整车及零部件企业150余家']
R(LZ, 'located_in', Z, f, s, 'sentence (区内已集聚A、B等…企业: 区内 = 襄阳高新区, the subject of the sentence before)')
for c in (CJ, LZ):
    R(c, 'member_of', K_('new-energy-vehicles'), f, s, 'clause (A、B等X整车及零部件企业, as heldout `A、B等X企业`)')
HY = C('xiangyang-hanyue-precision-gear'); MY = C('maruetsu-seiko')
s = ['公司与日本丸越精工株式会社合资设立的襄阳汉越精密齿轮有限公司已于1月完成工商登记，公司持股51%']
R(HX8, 'partners_with', MY, f, s, 'clause (公司与A合资设立的C: joint venture partners)')
for c in (HX8, MY):
    U(HY, 'subsidiary_of', c, f, s, _ratio + ' (公司持股51%)')
R(HY, 'located_in', Z, f, ['合资公司将在高新区内租赁厂房'], 'clause (合资公司将在Z内租赁厂房: future placement of the joint venture (合资公司 = 汉越), as dev2 d01 shared locative; the plant is unnamed)')
U(HX8, 'located_in', DJ, f, ['公司正在评估在襄阳东津新区设立软件研发团队的可能性'], 'under evaluation (正在评估…的可能性，…尚未形成决议): no placement')
s = ['公司还与楚骏汽车、隆中动力电池共同发起成立了襄阳新能源汽车电驱动创新联合体']
R(HX8, 'partners_with', LZ, f, s, 'clause (A与B、C共同发起成立…创新联合体: consortium partners, as dev2 结成联合体)')
R(CJ, 'partners_with', LZ, f, s, 'clause (A与B、C共同发起成立…联合体: B and C are partners too)')
R(HX8, 'subsidiary_of', C('xiangyang-hanjiang-investment-holding'), f, ['公司控股股东襄阳汉江投资控股有限公司目前没有减持计划'], 'clause (公司控股股东A, as dev3 d03)')
