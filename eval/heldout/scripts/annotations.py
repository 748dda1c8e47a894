# Gold annotation of the held-out corpus, written as anchored text so that offsets are computed, never typed.
# MENTIONS[file] = ordered list of (anchor, entity_id). The anchor is a piece of the text with the mention in
# [brackets]; it is searched forward from the previous match, so the list follows the text order.
# UNCERTAIN_MENTIONS[file] = (anchor, proposed_entity_id, note)
# NON_MENTIONS are produced by build.py from the dictionary simulation; CLASS_USES lists the generic words that are class uses.
# RELATIONS = (head, relation, tail, file, evidence_pieces, scope); evidence pieces are exact substrings; the first
# piece is located (it must be unique in the file, or given as (piece, n) for the n-th occurrence, 0-based).
# UNCERTAIN_RELATIONS = same, with scope replaced by a note.

MENTIONS = {}
UNCERTAIN_MENTIONS = {}

MENTIONS['h01_hefei.txt'] = [
    ('[合肥高新区]2023年', 'zone:hefei-hitech'),
    ('[合肥高新技术产业开发区]坚持', 'zone:hefei-hitech'),
    ('[合肥高新区]位列', 'zone:hefei-hitech'),
    ('[高新区]重点发展', 'zone:hefei-hitech'),
    ('[集成电路]、', 'cluster:integrated-circuits'),
    ('[人工智能]、', 'cluster:artificial-intelligence'),
    ('[量子信息]三大', 'cluster:quantum'),
    ('培育[生物医药]和', 'cluster:biomedicine'),
    ('和[新能源]两大', 'cluster:new-energy'),
    ('以[新一代信息技术]为主导', 'cluster:new-generation-it'),
    ('全年[集成电路产业]产值', 'cluster:integrated-circuits'),
    ('以[合肥芯智半导体有限公司]、', 'company:hefei-xinzhi-semiconductor'),
    ('[晶岳微电子]、', 'company:jingyue-microelectronics'),
    ('[合肥联测封装科技有限公司]为代表', 'company:hefei-liance-packaging'),
    ('的[集成电路产业集群]加速', 'cluster:integrated-circuits'),
    ('[人工智能产业]势头', 'cluster:artificial-intelligence'),
    ('集聚了[科睿智能]、', 'company:kerui-intelligent'),
    ('[声图语音]、', 'company:shengtu-voice'),
    ('[云栖数据]等', 'company:yunqi-data'),
    ('一批[人工智能]企业', 'cluster:artificial-intelligence'),
    ('[智能语音产业]规模', 'cluster:intelligent-voice'),
    ('[科睿智能]是', 'company:kerui-intelligent'),
    ('是[智能语音]领域', 'cluster:intelligent-voice'),
    ('由[科睿智能]投资', 'company:kerui-intelligent'),
    ('的[科睿全球研发总部项目]已于', 'project:kerui-global-rd-hq'),
    ('在[高新区]建成投用', 'zone:hefei-hitech'),
    ('[量子信息]方面', 'cluster:quantum'),
    ('[量子信息产业链]链主企业', 'cluster:quantum'),
    ('链主企业[量擎科技]', 'company:liangqing-tech'),
    ('[高新区]全年新开工', 'zone:hefei-hitech'),
    ('的[芯智半导体12英寸晶圆制造项目]主体', 'project:xinzhi-12inch-wafer-fab'),
    ('[晶岳微电子车规级芯片设计中心]、', 'project:jingyue-automotive-chip-design-center'),
    ('[联测封装先进封装基地二期]等项目', 'project:liance-advanced-packaging-phase2'),
    ('[安研生物]是在', 'company:anyan-bio'),
    ('的[生物医药]企业', 'cluster:biomedicine'),
    ('的[安研生物抗体药物产业化基地项目]于9月', 'project:anyan-antibody-base'),
    ('落户[高新区]。', 'zone:hefei-hitech'),
    ('[高新区]管委会', 'zone:hefei-hitech'),
    ('2024年[高新区]将', 'zone:hefei-hitech'),
    ('围绕[集成电路]和', 'cluster:integrated-circuits'),
    ('和[人工智能]两条', 'cluster:artificial-intelligence'),
]
UNCERTAIN_MENTIONS['h01_hefei.txt'] = [
    ('[园区]集聚了科睿智能', 'zone:hefei-hitech', 'bare 园区 referring to the article\'s zone (the seed gold never annotates bare 园区; the tool lists it as a pronoun with mention=no)'),
]

MENTIONS['h02_suzhou.txt'] = [
    ('[苏州工业园区]一季度', 'zone:suzhou-industrial-park'),
    ('[苏州工业园区]2024年', 'zone:suzhou-industrial-park'),
    ('涉及[生物医药]、', 'cluster:biomedicine'),
    ('[纳米技术应用]、', 'cluster:nanotech-applications'),
    ('[人工智能]及', 'cluster:artificial-intelligence'),
    ('及[高端装备]等领域', 'cluster:high-end-equipment-manufacturing'),
    ('的[凌峰８英寸碳化硅功率器件项目]、', 'project:lingfeng-8inch-sic-power-devices'),
    ('[诺泰康生物大分子药物CDMO基地]以及', 'project:nuotaikang-cdmo-base'),
    ('以及[星图智算中心]等', 'project:xingtu-computing-center'),
    ('其中，[凌峰8英寸碳化硅功率器件项目]由', 'project:lingfeng-8inch-sic-power-devices'),
    ('由[凌峰半导体（苏州）有限公司]投资建设', 'company:lingfeng-semiconductor-suzhou'),
    ('；[诺泰康生物大分子药物CDMO基地]由', 'project:nuotaikang-cdmo-base'),
    ('由[苏州诺泰康生物医药有限公司]投资', 'company:nuotaikang-biopharma'),
    ('；[星图智算中心项目]由', 'project:xingtu-computing-center'),
    ('由[苏州星图数智科技有限公司]负责', 'company:xingtu-shuzhi'),
    ('[澜启科技]旗下的', 'company:lanqi-tech'),
    ('旗下的[澜启机器人（苏州）有限公司]将', 'company:lanqi-robotics-suzhou'),
    ('；[信芯微电子]与', 'company:xinxin-microelectronics'),
    ('与[凌峰半导体]签署', 'company:lingfeng-semiconductor-suzhou'),
    ('，[苏州工业园区]聚焦', 'zone:suzhou-industrial-park'),
    ('聚焦[生物医药]、', 'cluster:biomedicine'),
    ('[纳米技术应用]、', 'cluster:nanotech-applications'),
    ('[人工智能]三大', 'cluster:artificial-intelligence'),
    ('世界级[生物医药产业]高地', 'cluster:biomedicine'),
    ('集聚[诺泰康]、', 'company:nuotaikang-biopharma'),
    ('[博瑞赛医药]、', 'company:boruisai-pharma'),
    ('[禾润医疗]等', 'company:herun-medical'),
    ('等[生物医药]企业', 'cluster:biomedicine'),
    ('[生物医药产业集群]入选', 'cluster:biomedicine'),
    ('在[纳米技术应用]领域', 'cluster:nanotech-applications'),
    ('以[纳微新材]、', 'company:nawei-new-materials'),
    ('[苏纳光电]为代表', 'company:suna-optoelectronics'),
]
_SIP = 'zone:suzhou-industrial-park'
_N = 'bare 园区 referring to 苏州工业园区 (seed gold has no bare 园区 mention; the tool lists 园区 as a pronoun with mention=no)'
UNCERTAIN_MENTIONS['h02_suzhou.txt'] = [
    ('[园区]新签约项目', _SIP, _N),
    ('[园区]还与', _SIP, _N),
    ('在[园区]设立', _SIP, _N),
    ('[园区]已集聚', _SIP, _N),
    ('[园区]管委会', _SIP, _N + '; inside the organization name 园区管委会'),
    ('下一步[园区]将', _SIP, _N),
]

MENTIONS['h03_wuhan.txt'] = [
    ('[东湖高新区]：', 'zone:wuhan-east-lake-hitech'),
    ('走进[武汉东湖新技术开发区]', 'zone:wuhan-east-lake-hitech'),
    ('“[中国光谷]”', 'zone:wuhan-east-lake-hitech'),
    ('的[东湖高新区]，经过', 'zone:wuhan-east-lake-hitech'),
    ('以[光电子信息]为主导', 'cluster:optoelectronic-information'),
    ('[生物健康]、', 'cluster:bio-health'),
    ('[智能网联汽车]、', 'cluster:intelligent-connected-vehicles'),
    ('[数字创意]竞相', 'cluster:digital-creative'),
    ('[光电子信息]是', 'cluster:optoelectronic-information'),
    ('是[东湖高新区]的首位产业', 'zone:wuhan-east-lake-hitech'),
    ('作为[光电子信息产业链]链主企业', 'cluster:optoelectronic-information'),
    ('，[楚光通信科技股份有限公司]的', 'company:chuguang-communication'),
    ('；[汉光迅联]、', 'company:hanguang-xunlian'),
    ('[锐途光电]等', 'company:ruitu-optoelectronics'),
    ('等[光通信]龙头企业', 'cluster:optical-communication'),
    ('在[激光]领域', 'cluster:laser'),
    ('，[高新区]集聚了', 'zone:wuhan-east-lake-hitech'),
    ('集聚了[华擎激光]、', 'company:huaqing-laser'),
    ('[东科精密]、', 'company:dongke-precision'),
    ('[睿镭智能]等', 'company:ruilei-intelligent'),
    ('一批[激光]企业', 'cluster:laser'),
    ('[激光产业]规模', 'cluster:laser'),
    ('[生物健康]是', 'cluster:bio-health'),
    ('是[东湖高新区]的第二大产业', 'zone:wuhan-east-lake-hitech'),
    ('位于[高新区]南部', 'zone:wuhan-east-lake-hitech'),
    ('的[光谷生物城]，', 'zone:optics-valley-biolake'),
    ('以[百瑞康药业]、', 'company:bairuikang-pharma'),
    ('[英科源生物]为代表', 'company:yingkeyuan-bio'),
    ('的[生物健康]企业', 'cluster:bio-health'),
    ('[英科源生物]投资30亿元', 'company:yingkeyuan-bio'),
    ('的[英科源mRNA疫苗产业化基地]在', 'project:yingkeyuan-mrna-vaccine-base'),
    ('在[光谷生物城]开工', 'zone:optics-valley-biolake'),
    ('[楚光通信]携手', 'company:chuguang-communication'),
    ('携手[华擎激光]共建', 'company:huaqing-laser'),
    ('；[迅联光芯（武汉）有限公司]是', 'company:xunlian-optochip-wuhan'),
    ('是[汉光迅联]的全资子公司', 'company:hanguang-xunlian'),
    ('[东湖高新区]管委会', 'zone:wuhan-east-lake-hitech'),
    ('[高新区]将围绕', 'zone:wuhan-east-lake-hitech'),
    ('围绕[光电子信息产业链]补链', 'cluster:optoelectronic-information'),
    ('年[光电子信息产业]规模', 'cluster:optoelectronic-information'),
]

MENTIONS['h04_changsha.txt'] = [
    ('[长沙经济技术开发区]2024年', 'zone:changsha-etdz'),
    ('[长沙经开区]将坚持', 'zone:changsha-etdz'),
    ('做强[工程机械]首位产业', 'cluster:engineering-machinery'),
    ('[工程机械]是', 'cluster:engineering-machinery'),
    ('是[经开区]的首位产业', 'zone:changsha-etdz'),
    ('全球[工程机械产业]高地', 'cluster:engineering-machinery'),
    ('支持[湘岳重工集团有限公司]、', 'company:xiangyue-heavy-industry'),
    ('[楚川智能装备]等', 'company:chuchuan-intelligent-equipment'),
    ('等[工程机械]龙头企业', 'cluster:engineering-machinery'),
    ('加快[湘岳重工挖掘机智能制造基地二期]建设', 'project:xiangyue-excavator-base-phase2'),
    ('[工程机械产业集群]产值', 'cluster:engineering-machinery'),
    ('壮大[新能源汽车产业]。', 'cluster:new-energy-vehicles'),
    ('加快[楚驰汽车年产20万辆新能源整车扩能项目]建设', 'project:chuchi-200k-nev-expansion'),
    ('的[湘能动力电池项目]一期', 'project:xiangneng-power-battery'),
    ('以[湖南楚驰新能源汽车有限公司]为龙头', 'company:chuchi-nev'),
    ('做大[新能源汽车产业集群]', 'cluster:new-energy-vehicles'),
    ('一批[汽车零部件]企业', 'cluster:auto-parts'),
    ('培育[智能终端]、', 'cluster:smart-terminals'),
    ('[工业软件]等新兴产业', 'cluster:industrial-software'),
    ('中部地区[智能终端产业]高地', 'cluster:smart-terminals'),
    ('推动[麓云智驾自动驾驶测试基地]、', 'project:luyun-autonomous-driving-test-base'),
    ('[瑞科工业软件研发中心]等项目', 'project:ruike-industrial-software-rd-center'),
    ('组建[工程机械]、', 'cluster:engineering-machinery'),
    ('[新能源汽车]、', 'cluster:new-energy-vehicles'),
    ('[智能终端]三个', 'cluster:smart-terminals'),
    ('已签约的[星拓智能网联装备产业园]、', 'project:xingtuo-icv-equipment-park'),
    ('[恒驰液压件扩产]等项目', 'project:hengchi-hydraulic-expansion'),
    ('[经开区]政务服务中心', 'zone:changsha-etdz'),
]

MENTIONS['h05_ningbo.txt'] = [
    ('[甬澜新能源]：', 'company:yonglan-new-energy'),
    ('扎根[杭州湾新区]', 'zone:ningbo-hangzhou-bay'),
    ('位于[宁波杭州湾新区]的', 'zone:ningbo-hangzhou-bay'),
    ('的[宁波甬澜新能源科技有限公司]（', 'company:yonglan-new-energy'),
    ('“[甬澜新能源]”', 'company:yonglan-new-energy'),
    ('是[浙江澜海控股集团有限公司]的全资子公司', 'company:lanhai-holding'),
    ('由[甬澜新能源]投资建设', 'company:yonglan-new-energy'),
    ('的[甬澜新能源电池项目]落户', 'project:yonglan-battery'),
    ('落户[杭州湾新区]。', 'zone:ningbo-hangzhou-bay'),
    ('[新区]‘保姆式’', 'zone:ningbo-hangzhou-bay'),
    ('[甬澜新能源]是', 'company:yonglan-new-energy'),
    ('是[新区]新能源汽车', 'zone:ningbo-hangzhou-bay'),
    ('[新能源汽车产业链]上的骨干企业', 'cluster:new-energy-vehicles'),
    ('[甬澜新能源]携手', 'company:yonglan-new-energy'),
    ('携手[杭州湾新区]整车企业', 'zone:ningbo-hangzhou-bay'),
    ('整车企业[远驰汽车]，', 'company:yuanchi-auto'),
    ('也在[新区]持续展开', 'zone:ningbo-hangzhou-bay'),
    ('[澜海控股]旗下的', 'company:lanhai-holding'),
    ('旗下的[澜海储能科技（宁波）有限公司]去年', 'company:lanhai-energy-storage-ningbo'),
    ('入驻[新区]，', 'zone:ningbo-hangzhou-bay'),
    ('，[杭州湾新区]着力打造', 'zone:ningbo-hangzhou-bay'),
    ('打造[新能源汽车产业]高地', 'cluster:new-energy-vehicles'),
    ('集聚[远驰汽车]、', 'company:yuanchi-auto'),
    ('[甬澜新能源]、', 'company:yonglan-new-energy'),
    ('[众诚汽车部件]等', 'company:zhongcheng-auto-parts'),
    ('等[新能源汽车]上下游企业', 'cluster:new-energy-vehicles'),
    ('[新区]管委会', 'zone:ningbo-hangzhou-bay'),
    ('围绕[新能源汽车产业链]开展', 'cluster:new-energy-vehicles'),
]

MENTIONS['h06_shuangliu.txt'] = [
    ('双流区：[航空航天]与', 'cluster:aerospace'),
    ('与[生物医药]“双轮驱动”', 'cluster:biomedicine'),
    ('重点发展[航空航天]、', 'cluster:aerospace'),
    ('[生物医药]、', 'cluster:biomedicine'),
    ('[电子信息]三大', 'cluster:electronic-information'),
    ('[航空航天产业]集聚成势', 'cluster:aerospace'),
    ('以[蓉翼航空]、', 'company:rongyi-aviation'),
    ('[天骏航空维修]为代表', 'company:tianjun-aviation-maintenance'),
    ('的[航空航天]企业', 'cluster:aerospace'),
    ('9月，[成都蓉翼航空科技有限公司]投资', 'company:rongyi-aviation'),
    ('的[蓉翼航空大部件制造基地]开工', 'project:rongyi-large-parts-base'),
    ('[生物医药产业]加速壮大', 'cluster:biomedicine'),
    ('[生物医药产业链]链主企业', 'cluster:biomedicine'),
    ('链主企业[锦康生物]', 'company:jinkang-bio'),
    ('8月，[锦康生物]与', 'company:jinkang-bio'),
    ('与[川药集团]签署', 'company:chuanyao-group'),
    ('[锦康生物]的控股子公司', 'company:jinkang-bio'),
    ('控股子公司[锦和医疗器械（成都）有限公司]', 'company:jinhe-medical-devices-chengdu'),
    ('[电子信息产业]方面', 'cluster:electronic-information'),
    ('的[华屹光电显示模组项目]已完成', 'project:huayi-display-module'),
    ('由[四川华屹光电科技有限公司]负责', 'company:huayi-optoelectronics'),
]

MENTIONS['h07_chengdu.txt'] = [
    ('[成都高新区]与', 'zone:chengdu-hitech'),
    ('与[天府新区]签署协议', 'zone:sichuan-tianfu'),
    ('[成都高新技术产业开发区]与', 'zone:chengdu-hitech'),
    ('与[四川天府新区]签署', 'zone:sichuan-tianfu'),
    ('，[成都高新区]重点发展', 'zone:chengdu-hitech'),
    ('发展[电子信息]和', 'cluster:electronic-information'),
    ('和[生物医药]两大', 'cluster:biomedicine'),
    ('[电子信息]方面', 'cluster:electronic-information'),
    ('，[高新区]集聚了', 'zone:chengdu-hitech'),
    ('集聚了[蓉芯科技]、', 'company:rongxin-tech'),
    ('[天微电子]、', 'company:tianwei-electronics'),
    ('[锦屏半导体]等', 'company:jinping-semiconductor'),
    ('一批[集成电路]企业', 'cluster:integrated-circuits'),
    ('[集成电路产业]规模', 'cluster:integrated-circuits'),
    ('的[蓉芯科技高端芯片研发制造基地]日前', 'project:rongxin-chip-rd-manufacturing-base'),
    ('落户[高新区]，', 'zone:chengdu-hitech'),
    ('[生物医药]方面', 'cluster:biomedicine'),
    ('，[蜀康药业]、', 'company:shukang-pharma'),
    ('[华蓉生物]等', 'company:huarong-bio'),
    ('在[高新区]建成', 'zone:chengdu-hitech'),
    ('[天府新区]则把', 'zone:sichuan-tianfu'),
    ('把[人工智能]和', 'cluster:artificial-intelligence'),
    ('和[智能网联汽车]作为', 'cluster:intelligent-connected-vehicles'),
    ('[新区]新签约项目', 'zone:sichuan-tianfu'),
    ('包括[天智云视觉人工智能产业基地]、', 'project:tianzhiyun-vision-ai-base'),
    ('[驰行智能网联汽车测试场]等', 'project:chixing-icv-test-field'),
    ('[天智云视觉人工智能产业基地]由', 'project:tianzhiyun-vision-ai-base'),
    ('由[深圳天智云科技有限公司]投资建设', 'company:tianzhiyun-shenzhen'),
    ('；[驰行智能网联汽车测试场]由', 'project:chixing-icv-test-field'),
    ('由[中建蜀通建设集团]承建', 'company:zhongjian-shutong'),
    ('[深圳天智云科技有限公司]是', 'company:tianzhiyun-shenzhen'),
    ('是[凌视集团]旗下', 'company:lingshi-group'),
    ('旗下的[人工智能]企业', 'cluster:artificial-intelligence'),
    ('[蓉芯科技]今年', 'company:rongxin-tech'),
    ('在[天府新区]设立', 'zone:sichuan-tianfu'),
    ('与[天智云科技]联合开发', 'company:tianzhiyun-shenzhen'),
]

MENTIONS['h08_qingdao.txt'] = [
    ('45亿元[海工装备]项目', 'cluster:offshore-engineering-equipment'),
    ('落户[青岛西海岸新区]', 'zone:qingdao-west-coast'),
    ('，[青岛西海岸新区]举行', 'zone:qingdao-west-coast'),
    ('的[海德重工深远海风电装备基地项目]正式落户', 'project:haide-deep-sea-wind-equipment-base'),
    ('由[青岛海德重工有限公司]负责实施', 'company:haide-heavy-industry'),
    ('由[中建鲁港建设集团]承建', 'company:zhongjian-lugang'),
    ('[海德重工]是', 'company:haide-heavy-industry'),
    ('是[海洋工程装备]领域', 'cluster:offshore-engineering-equipment'),
    ('落户[新区]，看中', 'zone:qingdao-west-coast'),
    ('，[琅琊重工]与', 'company:langya-heavy-industry'),
    ('与[海德重工]签署', 'company:haide-heavy-industry'),
    ('[琅琊重工]旗下的', 'company:langya-heavy-industry'),
    ('旗下的[琅琊海洋工程技术（青岛）有限公司]同期', 'company:langya-ocean-engineering-qingdao'),
    ('入驻[新区]，', 'zone:qingdao-west-coast'),
    ('，[西海岸新区]围绕', 'zone:qingdao-west-coast'),
    ('[海工装备]是', 'cluster:offshore-engineering-equipment'),
    ('是[新区]的首位产业', 'zone:qingdao-west-coast'),
    ('集聚[海德重工]、', 'company:haide-heavy-industry'),
    ('[琅琊重工]等', 'company:langya-heavy-industry'),
    ('等[海工装备]企业', 'cluster:offshore-engineering-equipment'),
    ('[新区]相关负责人', 'zone:qingdao-west-coast'),
    ('延伸[风电装备产业链]', 'cluster:wind-power-equipment'),
    ('年[海工装备产业]规模', 'cluster:offshore-engineering-equipment'),
    ('，[西海岸新区]累计', 'zone:qingdao-west-coast'),
    ('的[鲸航船舶智能焊接装备项目]、', 'project:jinghang-smart-welding'),
    ('的[海德重工海上风电运维母港项目]等', 'project:haide-offshore-wind-om-port'),
]

# ---------------------------------------------------------------- relations
RELATIONS = []
UNCERTAIN_RELATIONS = []
def R(h, r, t, f, ev, scope): RELATIONS.append((h, r, t, f, ev, scope))
def U(h, r, t, f, ev, note): UNCERTAIN_RELATIONS.append((h, r, t, f, ev, note))

# ---- h01 合肥高新区 (annual report)
f = 'h01_hefei.txt'; Z = 'zone:hefei-hitech'
s = ['高新区重点发展集成电路、人工智能、量子信息三大主导产业，积极培育生物医药和新能源两大新兴产业，已经形成以新一代信息技术为主导的产业体系。']
for c in ('integrated-circuits', 'artificial-intelligence', 'quantum'):
    R(Z, 'focuses_on', 'cluster:' + c, f, s, 'sentence (重点发展…主导产业; 高新区 = 合肥高新区)')
for c in ('biomedicine', 'new-energy'):
    R(Z, 'focuses_on', 'cluster:' + c, f, s, 'sentence (积极培育…新兴产业)')
R(Z, 'focuses_on', 'cluster:new-generation-it', f, s, 'sentence (形成以…为主导的产业体系)')
s = ['以合肥芯智半导体有限公司、晶岳微电子、合肥联测封装科技有限公司为代表的集成电路产业集群加速壮大']
for c in ('hefei-xinzhi-semiconductor', 'jingyue-microelectronics', 'hefei-liance-packaging'):
    R('company:' + c, 'member_of', 'cluster:integrated-circuits', f, s, 'clause (以…为代表的…产业集群)')
s = ['园区集聚了科睿智能、声图语音、云栖数据等一批人工智能企业']
for c in ('kerui-intelligent', 'shengtu-voice', 'yunqi-data'):
    R('company:' + c, 'member_of', 'cluster:artificial-intelligence', f, s, 'clause (集聚了…等一批…企业)')
    R('company:' + c, 'located_in', Z, f, s, 'clause (园区集聚了…; 园区 = 合肥高新区)')
R('company:kerui-intelligent', 'member_of', 'cluster:intelligent-voice', f, ['科睿智能是智能语音领域的领军企业'], 'clause (…是…领域的领军企业)')
s = ['由科睿智能投资32亿元建设的科睿全球研发总部项目已于10月在高新区建成投用']
R('company:kerui-intelligent', 'owns', 'project:kerui-global-rd-hq', f, s, 'clause (由A投资N亿元建设的B项目)')
R('project:kerui-global-rd-hq', 'located_in', Z, f, s, 'clause (在高新区建成投用)')
R('company:liangqing-tech', 'member_of', 'cluster:quantum', f, ['量子信息产业链链主企业量擎科技'], 'clause (X产业链链主企业A)')
p = ['高新区全年新开工亿元以上项目86个', '总投资120亿元的芯智半导体12英寸晶圆制造项目主体结构封顶', '晶岳微电子车规级芯片设计中心、联测封装先进封装基地二期等项目加快推进']
for pr in ('xinzhi-12inch-wafer-fab', 'jingyue-automotive-chip-design-center', 'liance-advanced-packaging-phase2'):
    R('project:' + pr, 'located_in', Z, f, p, 'paragraph (the zone is the subject of the paragraph on its projects: 高新区全年新开工…)')
R('company:hefei-xinzhi-semiconductor', 'owns', 'project:xinzhi-12inch-wafer-fab', f, ['总投资120亿元的芯智半导体12英寸晶圆制造项目'], 'firm name embedded in project name (合肥芯智半导体有限公司 also stand-alone in h01)')
R('company:jingyue-microelectronics', 'owns', 'project:jingyue-automotive-chip-design-center', f, ['晶岳微电子车规级芯片设计中心'], 'firm name embedded in project name (晶岳微电子 also stand-alone in h01)')
R('company:hefei-liance-packaging', 'owns', 'project:liance-advanced-packaging-phase2', f, ['联测封装先进封装基地二期'], 'firm name embedded in project name (合肥联测封装科技有限公司 also stand-alone in h01)')
s = ['安研生物是在合肥本土成长起来的生物医药企业，其总投资25亿元的安研生物抗体药物产业化基地项目于9月落户高新区。']
R('company:anyan-bio', 'member_of', 'cluster:biomedicine', f, s, 'clause (A是…的X企业)')
R('company:anyan-bio', 'owns', 'project:anyan-antibody-base', f, s, 'sentence (其 = 安研生物; firm name also embedded in project name)')
R('project:anyan-antibody-base', 'located_in', Z, f, s, 'clause (落户高新区)')
U('company:hefei-xinzhi-semiconductor', 'located_in', Z, f, ['以合肥芯智半导体有限公司、晶岳微电子、合肥联测封装科技有限公司为代表的集成电路产业集群加速壮大'], 'firm named as representative of the zone\'s cluster (以…为代表); presence implied, location not stated (its project is placed in the zone only by the project paragraph)')
U('company:jingyue-microelectronics', 'located_in', Z, f, ['以合肥芯智半导体有限公司、晶岳微电子、合肥联测封装科技有限公司为代表的集成电路产业集群加速壮大'], 'firm named as representative of the zone\'s cluster (以…为代表)')
U('company:hefei-liance-packaging', 'located_in', Z, f, ['以合肥芯智半导体有限公司、晶岳微电子、合肥联测封装科技有限公司为代表的集成电路产业集群加速壮大'], 'firm named as representative of the zone\'s cluster (以…为代表)')
U('company:liangqing-tech', 'located_in', Z, f, ['量子信息方面，量子信息产业链链主企业量擎科技完成新一轮15亿元融资'], 'only document scope (zone report); the paragraph sentence names no zone')
U('company:anyan-bio', 'located_in', Z, f, ['安研生物是在合肥本土成长起来的生物医药企业，其总投资25亿元的安研生物抗体药物产业化基地项目于9月落户高新区。'], 'only the firm\'s project is placed in the zone; the firm is from 合肥')
U(Z, 'focuses_on', 'cluster:intelligent-voice', f, ['智能语音产业规模约占全国六成'], 'scale of a sub-industry inside the zone paragraph; neither a target nor 形成了')

# ---- h02 苏州工业园区 (signing news)
f = 'h02_suzhou.txt'; Z = 'zone:suzhou-industrial-park'
s = ['苏州工业园区聚焦生物医药、纳米技术应用、人工智能三大特色新兴产业，着力打造世界级生物医药产业高地。']
for c in ('biomedicine', 'nanotech-applications', 'artificial-intelligence'):
    R(Z, 'focuses_on', 'cluster:' + c, f, s, 'sentence (聚焦…三大特色新兴产业; 着力打造…产业高地)')
s = ['园区已集聚诺泰康、博瑞赛医药、禾润医疗等生物医药企业2300余家']
for c in ('nuotaikang-biopharma', 'boruisai-pharma', 'herun-medical'):
    R('company:' + c, 'member_of', 'cluster:biomedicine', f, s, 'clause (集聚…等X企业)')
    R('company:' + c, 'located_in', Z, f, s, 'clause (园区已集聚…; 园区 = 苏州工业园区)')
s = ['在纳米技术应用领域，以纳微新材、苏纳光电为代表的相关企业超过1000家']
for c in ('nawei-new-materials', 'suna-optoelectronics'):
    R('company:' + c, 'member_of', 'cluster:nanotech-applications', f, s, 'clause (在X领域，以A、B为代表的相关企业)')
    U('company:' + c, 'located_in', Z, f, s, 'firm named as representative (以…为代表) in the zone\'s paragraph; location implied, not stated')
s = ['园区新签约项目包括总投资６５亿元的凌峰８英寸碳化硅功率器件项目、诺泰康生物大分子药物CDMO基地以及星图智算中心等。']
for pr in ('lingfeng-8inch-sic-power-devices', 'nuotaikang-cdmo-base', 'xingtu-computing-center'):
    R('project:' + pr, 'located_in', Z, f, s, 'sentence (园区新签约项目包括…; 园区 = 苏州工业园区)')
R('company:lingfeng-semiconductor-suzhou', 'owns', 'project:lingfeng-8inch-sic-power-devices', f, ['凌峰8英寸碳化硅功率器件项目由凌峰半导体（苏州）有限公司投资建设'], 'clause (B项目由A投资建设)')
R('company:nuotaikang-biopharma', 'owns', 'project:nuotaikang-cdmo-base', f, ['诺泰康生物大分子药物CDMO基地由苏州诺泰康生物医药有限公司投资18亿元建设'], 'clause (B由A投资N亿元建设)')
R('company:xingtu-shuzhi', 'owns', 'project:xingtu-computing-center', f, ['星图智算中心项目由苏州星图数智科技有限公司负责实施'], 'clause (B项目由A负责实施)')
s = ['澜启科技旗下的澜启机器人（苏州）有限公司将在园区设立华东总部']
R('company:lanqi-robotics-suzhou', 'subsidiary_of', 'company:lanqi-tech', f, s, 'clause (A旗下的B)')
R('company:lanqi-robotics-suzhou', 'located_in', Z, f, s, 'clause (将在园区设立华东总部; 园区 = 苏州工业园区)')
R('company:xinxin-microelectronics', 'partners_with', 'company:lingfeng-semiconductor-suzhou', f, ['信芯微电子与凌峰半导体签署战略合作协议'], 'clause (A与B签署战略合作协议; symmetric)')
U('company:lingfeng-semiconductor-suzhou', 'located_in', Z, f, ['凌峰8英寸碳化硅功率器件项目由凌峰半导体（苏州）有限公司投资建设'], 'only the firm\'s project is placed in the zone (the firm name carries 苏州)')
U(Z, 'focuses_on', 'cluster:high-end-equipment-manufacturing', f, ['涉及生物医药、纳米技术应用、人工智能及高端装备等领域'], 'fields covered by the signed projects, not a stated target of the zone (the other three are gold from the 聚焦 sentence)')

# ---- h03 东湖高新区 (cluster feature)
f = 'h03_wuhan.txt'; Z = 'zone:wuhan-east-lake-hitech'; BIO = 'zone:optics-valley-biolake'
s = ['被誉为“中国光谷”的东湖高新区，经过三十多年发展，已形成以光电子信息为主导，生物健康、智能网联汽车、数字创意竞相发展的产业格局。']
R(Z, 'focuses_on', 'cluster:optoelectronic-information', f, s, 'sentence (已形成以X为主导…的产业格局; also 光电子信息是东湖高新区的首位产业)')
for c in ('bio-health', 'intelligent-connected-vehicles', 'digital-creative'):
    R(Z, 'focuses_on', 'cluster:' + c, f, s, 'sentence (已形成…竞相发展的产业格局)')
R('company:chuguang-communication', 'member_of', 'cluster:optoelectronic-information', f, ['作为光电子信息产业链链主企业，楚光通信科技股份有限公司的光纤光缆市场占有率连续多年位居全球前列'], 'clause (作为X产业链链主企业，A…)')
s = ['汉光迅联、锐途光电等光通信龙头企业']
for c in ('hanguang-xunlian', 'ruitu-optoelectronics'):
    R('company:' + c, 'member_of', 'cluster:optical-communication', f, s, 'clause (A、B等X龙头企业)')
s = ['在激光领域，高新区集聚了华擎激光、东科精密、睿镭智能等一批激光企业']
for c in ('huaqing-laser', 'dongke-precision', 'ruilei-intelligent'):
    R('company:' + c, 'member_of', 'cluster:laser', f, s, 'clause (集聚了…等一批X企业)')
    R('company:' + c, 'located_in', Z, f, s, 'clause (高新区集聚了…)')
R(BIO, 'located_in', Z, f, ['在位于高新区南部的光谷生物城'], 'clause (位于Z南部的A)')
s = ['以百瑞康药业、英科源生物为代表的生物健康企业已超过2000家']
for c in ('bairuikang-pharma', 'yingkeyuan-bio'):
    R('company:' + c, 'member_of', 'cluster:bio-health', f, s, 'clause (以A、B为代表的X企业)')
    U('company:' + c, 'located_in', BIO, f, ['在位于高新区南部的光谷生物城，以百瑞康药业、英科源生物为代表的生物健康企业已超过2000家。'], 'firm named as representative (以…为代表) of the sub-park\'s firms; location implied, not stated')
s = ['英科源生物投资30亿元建设的英科源mRNA疫苗产业化基地在光谷生物城开工']
R('company:yingkeyuan-bio', 'owns', 'project:yingkeyuan-mrna-vaccine-base', f, s, 'clause (A投资N亿元建设的B)')
R('project:yingkeyuan-mrna-vaccine-base', 'located_in', BIO, f, s, 'clause (在光谷生物城开工)')
U('project:yingkeyuan-mrna-vaccine-base', 'located_in', Z, f, s, 'only transitive: the project is in 光谷生物城, which is in 东湖高新区')
R('company:chuguang-communication', 'partners_with', 'company:huaqing-laser', f, ['楚光通信携手华擎激光共建光纤激光器联合实验室'], 'clause (A携手B共建…; symmetric)')
R('company:xunlian-optochip-wuhan', 'subsidiary_of', 'company:hanguang-xunlian', f, ['迅联光芯（武汉）有限公司是汉光迅联的全资子公司'], 'clause (B是A的全资子公司)')
for c in ('chuguang-communication', 'hanguang-xunlian', 'ruitu-optoelectronics'):
    U('company:' + c, 'located_in', Z, f, ['光电子信息是东湖高新区的首位产业，去年产值达到5800亿元。'], 'firm named in the paragraph on the zone\'s leading industry; the sentence naming it does not place it in the zone')
U(Z, 'focuses_on', 'cluster:laser', f, ['在激光领域，高新区集聚了华擎激光、东科精密、睿镭智能等一批激光企业，激光产业规模约占全国四成。'], 'sub-segment of 光电子信息 the zone has (集聚, 规模), but no target or 形成了 cue')
U(Z, 'focuses_on', 'cluster:optical-communication', f, ['汉光迅联、锐途光电等光通信龙头企业的光模块出货量稳居全国前三'], 'sub-segment of 光电子信息; no target cue')

# ---- h04 长沙经开区 (work plan)
f = 'h04_changsha.txt'; Z = 'zone:changsha-etdz'
R(Z, 'focuses_on', 'cluster:engineering-machinery', f, ['工程机械是经开区的首位产业'], 'sentence (X是Z的首位产业)')
R(Z, 'focuses_on', 'cluster:new-energy-vehicles', f, ['（二）壮大新能源汽车产业。'], 'document (title names the zone; 壮大X产业 is an item of the zone\'s own work plan under 聚焦主导产业)')
s = ['积极培育智能终端、工业软件等新兴产业，着力打造中部地区智能终端产业高地']
for c in ('smart-terminals', 'industrial-software'):
    R(Z, 'focuses_on', 'cluster:' + c, f, s, 'document (积极培育…新兴产业 / 着力打造…产业高地 in the zone\'s own work plan)')
s = ['支持湘岳重工集团有限公司、楚川智能装备等工程机械龙头企业扩大高端产品产能']
for c in ('xiangyue-heavy-industry', 'chuchuan-intelligent-equipment'):
    R('company:' + c, 'member_of', 'cluster:engineering-machinery', f, s, 'clause (A、B等X龙头企业)')
R('company:chuchi-nev', 'member_of', 'cluster:new-energy-vehicles', f, ['以湖南楚驰新能源汽车有限公司为龙头做大新能源汽车产业集群'], 'clause (以A为龙头做大X产业集群)')
R('company:xiangyue-heavy-industry', 'owns', 'project:xiangyue-excavator-base-phase2', f, ['加快湘岳重工挖掘机智能制造基地二期建设'], 'firm name embedded in project name (湘岳重工集团有限公司 also stand-alone in h04)')
R('company:chuchi-nev', 'owns', 'project:chuchi-200k-nev-expansion', f, ['加快楚驰汽车年产20万辆新能源整车扩能项目建设'], 'firm name embedded in project name (楚驰汽车 = 湖南楚驰新能源汽车有限公司, stand-alone in h04)')
_plan = 'item of the zone\'s own work plan (cf. seed 003: every item in the plan is uncertain for located_in)'
U('company:xiangyue-heavy-industry', 'located_in', Z, f, ['支持湘岳重工集团有限公司、楚川智能装备等工程机械龙头企业扩大高端产品产能'], _plan)
U('company:chuchuan-intelligent-equipment', 'located_in', Z, f, ['支持湘岳重工集团有限公司、楚川智能装备等工程机械龙头企业扩大高端产品产能'], _plan)
U('company:chuchi-nev', 'located_in', Z, f, ['以湖南楚驰新能源汽车有限公司为龙头做大新能源汽车产业集群'], _plan)
U('project:xiangyue-excavator-base-phase2', 'located_in', Z, f, ['加快湘岳重工挖掘机智能制造基地二期建设'], _plan)
U('project:chuchi-200k-nev-expansion', 'located_in', Z, f, ['加快楚驰汽车年产20万辆新能源整车扩能项目建设'], _plan)
U('project:xiangneng-power-battery', 'located_in', Z, f, ['推动总投资80亿元的湘能动力电池项目一期年内投产'], _plan)
U('project:luyun-autonomous-driving-test-base', 'located_in', Z, f, ['推动麓云智驾自动驾驶测试基地、瑞科工业软件研发中心等项目尽早落地'], _plan)
U('project:ruike-industrial-software-rd-center', 'located_in', Z, f, ['推动麓云智驾自动驾驶测试基地、瑞科工业软件研发中心等项目尽早落地'], _plan)
U('project:xingtuo-icv-equipment-park', 'located_in', Z, f, ['重点跟踪已签约的星拓智能网联装备产业园、恒驰液压件扩产等项目'], _plan + '; 已签约 suggests signed with the zone')
U('project:hengchi-hydraulic-expansion', 'located_in', Z, f, ['重点跟踪已签约的星拓智能网联装备产业园、恒驰液压件扩产等项目'], _plan + '; 已签约 suggests signed with the zone')
U(Z, 'focuses_on', 'cluster:auto-parts', f, ['带动一批汽车零部件企业配套发展'], 'supporting (配套) firms of the 新能源汽车 item, not a named target industry')

# ---- h05 杭州湾新区 (company profile)
f = 'h05_ningbo.txt'; Z = 'zone:ningbo-hangzhou-bay'
R('company:yonglan-new-energy', 'located_in', Z, f, ['位于宁波杭州湾新区的宁波甬澜新能源科技有限公司'], 'clause (位于Z的A)')
R('company:yonglan-new-energy', 'subsidiary_of', 'company:lanhai-holding', f, ['宁波甬澜新能源科技有限公司（以下简称“甬澜新能源”），是浙江澜海控股集团有限公司的全资子公司'], 'clause (B…，是A的全资子公司)')
s = ['由甬澜新能源投资建设的甬澜新能源电池项目落户杭州湾新区']
R('company:yonglan-new-energy', 'owns', 'project:yonglan-battery', f, s, 'clause (由A投资建设的B项目; firm name also embedded)')
R('project:yonglan-battery', 'located_in', Z, f, s, 'clause (落户杭州湾新区)')
R('company:yonglan-new-energy', 'member_of', 'cluster:new-energy-vehicles', f, ['甬澜新能源是新区新能源汽车产业链上的骨干企业'], 'clause (A是…X产业链上的骨干企业)')
s = ['甬澜新能源携手杭州湾新区整车企业远驰汽车']
R('company:yonglan-new-energy', 'partners_with', 'company:yuanchi-auto', f, s, 'clause (A携手B; symmetric)')
R('company:yuanchi-auto', 'located_in', Z, f, s, 'clause (Z整车企业A)')
s = ['澜海控股旗下的澜海储能科技（宁波）有限公司去年入驻新区']
R('company:lanhai-energy-storage-ningbo', 'subsidiary_of', 'company:lanhai-holding', f, s, 'clause (A旗下的B)')
R('company:lanhai-energy-storage-ningbo', 'located_in', Z, f, s, 'clause (入驻新区; 新区 = 杭州湾新区)')
R(Z, 'focuses_on', 'cluster:new-energy-vehicles', f, ['杭州湾新区着力打造新能源汽车产业高地'], 'clause (着力打造X产业高地)')
s = ['杭州湾新区着力打造新能源汽车产业高地，已集聚远驰汽车、甬澜新能源、众诚汽车部件等新能源汽车上下游企业120余家']
for c in ('yuanchi-auto', 'zhongcheng-auto-parts'):
    R('company:' + c, 'member_of', 'cluster:new-energy-vehicles', f, s, 'clause (集聚A、B等X上下游企业)')
R('company:zhongcheng-auto-parts', 'located_in', Z, f, s, 'sentence (杭州湾新区…已集聚…)')
U('company:yonglan-new-energy', 'partners_with', 'org:ningbo-university', f, ['公司与宁波大学签署产学研合作协议'], 'partner is an organization (university), not a company; 公司 = 甬澜新能源')

# ---- h06 双流区 (district article, no zone)
f = 'h06_shuangliu.txt'; D = 'region:shuangliu-district'
s = ['以蓉翼航空、天骏航空维修为代表的航空航天企业加快集聚']
for c in ('rongyi-aviation', 'tianjun-aviation-maintenance'):
    R('company:' + c, 'member_of', 'cluster:aerospace', f, s, 'clause (以A、B为代表的X企业)')
R('company:rongyi-aviation', 'owns', 'project:rongyi-large-parts-base', f, ['成都蓉翼航空科技有限公司投资28亿元建设的蓉翼航空大部件制造基地开工'], 'clause (A投资N亿元建设的B)')
R('company:jinkang-bio', 'member_of', 'cluster:biomedicine', f, ['生物医药产业链链主企业锦康生物'], 'clause (X产业链链主企业A)')
R('company:jinkang-bio', 'partners_with', 'company:chuanyao-group', f, ['锦康生物与川药集团签署战略合作协议'], 'clause (A与B签署战略合作协议; symmetric)')
R('company:jinhe-medical-devices-chengdu', 'subsidiary_of', 'company:jinkang-bio', f, ['锦康生物的控股子公司锦和医疗器械（成都）有限公司'], 'clause (A的控股子公司B)')
R('company:huayi-optoelectronics', 'owns', 'project:huayi-display-module', f, ['总投资60亿元的华屹光电显示模组项目已完成设备安装', '该项目由四川华屹光电科技有限公司负责实施'], 'two sentences (该项目 = 华屹光电显示模组项目; B项目由A负责实施; firm name also embedded)')
_dist = 'district (region) policy, not a zone: h06 mentions no zone, so there is no focuses_on (cf. seed 004)'
for c in ('aerospace', 'biomedicine', 'electronic-information'):
    U(D, 'focuses_on', 'cluster:' + c, f, ['双流将重点发展航空航天、生物医药、电子信息三大主导产业'], _dist)
U('project:huayi-display-module', 'member_of', 'cluster:electronic-information', f, ['电子信息产业方面，总投资60亿元的华屹光电显示模组项目已完成设备安装'], 'project (not company) listed under an industry heading (cf. seed uncertain project member_of)')

# ---- h07 成都高新区 + 天府新区 (two zones)
f = 'h07_chengdu.txt'; Z = 'zone:chengdu-hitech'; T = 'zone:sichuan-tianfu'
s = ['成都高新区重点发展电子信息和生物医药两大主导产业']
for c in ('electronic-information', 'biomedicine'):
    R(Z, 'focuses_on', 'cluster:' + c, f, s, 'clause (重点发展…两大主导产业)')
s = ['高新区集聚了蓉芯科技、天微电子、锦屏半导体等一批集成电路企业']
for c in ('rongxin-tech', 'tianwei-electronics', 'jinping-semiconductor'):
    R('company:' + c, 'member_of', 'cluster:integrated-circuits', f, s, 'clause (集聚了…等一批X企业)')
    R('company:' + c, 'located_in', Z, f, s, 'clause (高新区集聚了…; 高新区 = 成都高新区)')
s = ['总投资40亿元的蓉芯科技高端芯片研发制造基地日前落户高新区']
R('project:rongxin-chip-rd-manufacturing-base', 'located_in', Z, f, s, 'clause (落户高新区)')
R('company:rongxin-tech', 'owns', 'project:rongxin-chip-rd-manufacturing-base', f, s, 'firm name embedded in project name (蓉芯科技 also stand-alone in h07)')
s = ['生物医药方面，蜀康药业、华蓉生物等创新药企业已在高新区建成中试平台12个']
for c in ('shukang-pharma', 'huarong-bio'):
    R('company:' + c, 'member_of', 'cluster:biomedicine', f, s, 'clause (X方面，A、B等…企业)')
    R('company:' + c, 'located_in', Z, f, s, 'clause (已在高新区建成中试平台)')
R(T, 'focuses_on', 'cluster:artificial-intelligence', f, ['天府新区则把人工智能和智能网联汽车作为主攻方向，围绕这两条产业链开展精准招商'], 'sentence (把X和Y作为主攻方向，围绕…产业链开展精准招商)')
R(T, 'focuses_on', 'cluster:intelligent-connected-vehicles', f, ['天府新区则把人工智能和智能网联汽车作为主攻方向，围绕这两条产业链开展精准招商'], 'sentence (把X和Y作为主攻方向，围绕…产业链开展精准招商)')
s = ['新区新签约项目包括天智云视觉人工智能产业基地、驰行智能网联汽车测试场等']
for pr in ('tianzhiyun-vision-ai-base', 'chixing-icv-test-field'):
    R('project:' + pr, 'located_in', T, f, s, 'clause (新区新签约项目包括…; 新区 = 天府新区, subject of the paragraph)')
R('company:tianzhiyun-shenzhen', 'owns', 'project:tianzhiyun-vision-ai-base', f, ['天智云视觉人工智能产业基地由深圳天智云科技有限公司投资建设'], 'clause (B由A投资建设)')
R('company:zhongjian-shutong', 'owns', 'project:chixing-icv-test-field', f, ['驰行智能网联汽车测试场由中建蜀通建设集团承建'], 'clause (builder: B由A承建)')
s = ['深圳天智云科技有限公司是凌视集团旗下的人工智能企业']
R('company:tianzhiyun-shenzhen', 'subsidiary_of', 'company:lingshi-group', f, s, 'clause (B是A旗下的…企业)')
R('company:tianzhiyun-shenzhen', 'member_of', 'cluster:artificial-intelligence', f, s, 'clause (A是…旗下的X企业)')
s = ['蓉芯科技今年在天府新区设立西南研发中心，并与天智云科技联合开发面向智能驾驶的视觉芯片']
R('company:rongxin-tech', 'located_in', T, f, s, 'clause (在天府新区设立西南研发中心: the firm is in both zones)')
R('company:rongxin-tech', 'partners_with', 'company:tianzhiyun-shenzhen', f, s, 'clause (并与B联合开发; symmetric)')
U(Z, 'partners_with', T, f, ['成都高新技术产业开发区与四川天府新区签署产业协同发展合作协议'], 'two zones sign a cooperation agreement; partners_with is defined between companies')
U(Z, 'focuses_on', 'cluster:integrated-circuits', f, ['集成电路产业规模居中西部首位'], 'sub-segment of 电子信息 the zone has; no target or 形成了 cue')
U('company:tianzhiyun-shenzhen', 'located_in', T, f, ['天智云视觉人工智能产业基地由深圳天智云科技有限公司投资建设'], 'only the firm\'s project is placed in 天府新区; the firm is a 深圳 company')

# ---- h08 青岛西海岸新区 (news flash)
f = 'h08_qingdao.txt'; Z = 'zone:qingdao-west-coast'
R('project:haide-deep-sea-wind-equipment-base', 'located_in', Z, f, ['青岛西海岸新区举行重点项目签约仪式，总投资45亿元的海德重工深远海风电装备基地项目正式落户。'], 'sentence (Z举行…签约仪式，…项目正式落户)')
R('company:haide-heavy-industry', 'owns', 'project:haide-deep-sea-wind-equipment-base', f, ['总投资45亿元的海德重工深远海风电装备基地项目正式落户', '该项目由青岛海德重工有限公司负责实施'], 'two sentences (该项目 = the base project; B项目由A负责实施; firm name also embedded)')
R('company:zhongjian-lugang', 'owns', 'project:haide-deep-sea-wind-equipment-base', f, ['该项目由青岛海德重工有限公司负责实施，主要建设大型海上风电导管架、漂浮式基础等生产线，由中建鲁港建设集团承建'], 'sentence (builder: 该项目…由A承建)')
R('company:haide-heavy-industry', 'member_of', 'cluster:offshore-engineering-equipment', f, ['海德重工是海洋工程装备领域的领军企业'], 'clause (A是X领域的领军企业; 海洋工程装备 = 海工装备)')
R('company:langya-heavy-industry', 'partners_with', 'company:haide-heavy-industry', f, ['琅琊重工与海德重工签署战略合作协议'], 'clause (A与B签署战略合作协议; symmetric)')
s = ['琅琊重工旗下的琅琊海洋工程技术（青岛）有限公司同期入驻新区']
R('company:langya-ocean-engineering-qingdao', 'subsidiary_of', 'company:langya-heavy-industry', f, s, 'clause (A旗下的B)')
R('company:langya-ocean-engineering-qingdao', 'located_in', Z, f, s, 'clause (入驻新区; 新区 = 青岛西海岸新区)')
R(Z, 'focuses_on', 'cluster:offshore-engineering-equipment', f, ['海工装备是新区的首位产业'], 'clause (X是Z的首位产业; 新区 = 西海岸新区)')
s = ['已集聚海德重工、琅琊重工等海工装备企业80余家']
R('company:langya-heavy-industry', 'member_of', 'cluster:offshore-engineering-equipment', f, s, 'clause (集聚A、B等X企业)')
for c in ('haide-heavy-industry', 'langya-heavy-industry'):
    R('company:' + c, 'located_in', Z, f, ['西海岸新区围绕海洋经济做文章，海工装备是新区的首位产业，已集聚海德重工、琅琊重工等海工装备企业80余家。'], 'sentence (西海岸新区…已集聚…)')
R(Z, 'focuses_on', 'cluster:wind-power-equipment', f, ['新区相关负责人表示，将以此次签约为契机，进一步延伸风电装备产业链'], 'sentence (zone official: 将…进一步延伸X产业链, a stated target)')
s = ['西海岸新区累计新签约亿元以上项目37个，总投资超过600亿元，其中包括总投资12亿元的鲸航船舶智能焊接装备项目、总投资8亿元的海德重工海上风电运维母港项目等一批海洋产业项目。']
for pr in ('jinghang-smart-welding', 'haide-offshore-wind-om-port'):
    R('project:' + pr, 'located_in', Z, f, s, 'sentence (Z新签约…项目…其中包括…)')
R('company:haide-heavy-industry', 'owns', 'project:haide-offshore-wind-om-port', f, ['总投资8亿元的海德重工海上风电运维母港项目'], 'firm name embedded in project name (海德重工 also stand-alone in h08)')

# borderline industry words that are not in the dictionary (product / value-chain segments); proposed '(new) …'
UNCERTAIN_MENTIONS['h03_wuhan.txt'] = [
    ('[光纤光缆]、光芯片、光模块企业', '(new) cluster 光纤光缆', 'product segment of 光电子信息 in “光纤光缆、光芯片、光模块企业的厂房”; could be read as an industry (cf. seed [物流装备]企业); not in the dictionary'),
    ('、[光芯片]、光模块企业', '(new) cluster 光芯片', 'product segment of 光电子信息 listed with 光纤光缆 and 光模块; not in the dictionary'),
    ('、[光模块]企业的厂房', '(new) cluster 光模块', 'product segment of 光电子信息 listed with 光纤光缆 and 光芯片; not in the dictionary'),
]
UNCERTAIN_MENTIONS['h04_changsha.txt'] = [
    ('围绕整车、[动力电池]、电驱电控', '(new) cluster 动力电池', 'value-chain link (环节) of 新能源汽车 in “围绕整车、动力电池、电驱电控等关键环节开展产业链招商”; 动力电池 is often an industry name, but here it is a segment; not in the dictionary'),
]
