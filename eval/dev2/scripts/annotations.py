# Gold annotation of the dev2 corpus, written as anchored text so that offsets are computed, never typed.
# MENTIONS[file] = ordered list of (anchor, entity_id). The anchor is a piece of the text with the mention in
# [brackets]; it is searched forward from the previous match, so the list follows the text order.
# UNCERTAIN_MENTIONS[file] = (anchor, proposed_entity_id, note)
# NON_MENTIONS are produced by build.py from the dictionary simulation (class uses, pronouns, nested names, other senses).
# RELATIONS = (head, relation, tail, file, evidence_pieces, scope); evidence pieces are exact substrings; the first
# piece is located (it must be unique in the file, or given as (piece, n) for the n-th occurrence, 0-based).
# UNCERTAIN_RELATIONS = same, with scope replaced by a note.

MENTIONS = {}
UNCERTAIN_MENTIONS = {}

_X = 'zone:xian-hitech'
MENTIONS['d01_xian.txt'] = [
    ('[西安高新区]二季', _X),
    ('[西安高新技术产业开发区]20', _X),
    ('[半导体]、光', 'cluster:semiconductors'),
    ('[光子]、新', 'cluster:photonics'),
    ('[新能源汽车]、生', 'cluster:new-energy-vehicles'),
    ('[生物医药]等领', 'cluster:biomedicine'),
    ('[秦芯功率半导体晶圆制造项目]。该', 'project:qinxin-power-semiconductor-wafer-fab'),
    ('[陕西秦芯微电子有限公司]投资', 'company:shaanxi-qinxin-microelectronics'),
    ('[秦芯微电子]第三', 'company:shaanxi-qinxin-microelectronics'),
    ('在[高新区]追加', _X),
    ('[半导体]领域', 'cluster:semiconductors'),
    ('[秦芯微电子]当天', 'company:shaanxi-qinxin-microelectronics'),
    ('[西安晶材科技]签署', 'company:xian-jingcai-tech'),
    ('[西安晶材科技]投资', 'company:xian-jingcai-tech'),
    ('[晶材高纯光刻胶项目]、陕', 'project:jingcai-photoresist'),
    ('[陕西华气半导体材料有限公司]投资', 'company:shaanxi-huaqi-semiconductor-materials'),
    ('[华气电子特气项目]同步', 'project:huaqi-specialty-gas'),
    ('选址[高新区]草堂', _X),
    ('[草堂科技产业基地]。', 'zone:xian-caotang-base'),
    ('[光子产业]是本', 'cluster:photonics'),
    ('[光子产业链]龙头', 'cluster:photonics'),
    ('[西安锐光光子科技有限公司]将在', 'company:xian-ruiguang-photonics'),
    ('在[高新区]设立', _X),
    ('[锐光超快激光器研发中心]；北', 'project:ruiguang-ultrafast-laser-rd-center'),
    ('[北京中科光研技术有限公司]与锐', 'company:beijing-zhongke-guangyan'),
    ('[锐光光子]合作', 'company:xian-ruiguang-photonics'),
    # 光子芯片联合实验室: 光子 in the technology/product sense -> non_mentions (other_sense)
    ('[新能源汽车]领域', 'cluster:new-energy-vehicles'),
    ('落户[高新区]的驰', _X),
    ('[驰远电驱动系统项目]总投', 'project:chiyuan-e-drive-system'),
    ('[陕西驰远动力科技有限公司]负责', 'company:shaanxi-chiyuan-power'),
    ('[驰远动力]是秦', 'company:shaanxi-chiyuan-power'),
    ('[秦驰汽车集团]旗下', 'company:qinchi-auto-group'),
    ('[汽车零部件]企业', 'cluster:auto-parts'),
    ('[生物医药]方面', 'cluster:biomedicine'),
    ('[高新区]当天', _X),
    ('[康博瑞生物]、华', 'company:kangborui-bio'),
    ('[华诺医疗]、西', 'company:huanuo-medical'),
    ('[西安德济药业]等5', 'company:xian-deji-pharma'),
    ('[生物医药]企业', 'cluster:biomedicine'),
    ('[康博瑞生物]投资', 'company:kangborui-bio'),
    ('[康博瑞mRNA疫苗中试基地]将于', 'project:kangborui-mrna-vaccine-pilot-base'),
    ('[高新区]管委', _X),
    ('[高新区]聚焦', _X),
    ('[半导体]、光', 'cluster:semiconductors'),
    ('[光子]、新', 'cluster:photonics'),
    ('[新能源汽车]、生', 'cluster:new-energy-vehicles'),
    ('[生物医药]四大', 'cluster:biomedicine'),
    ('[半导体产业集群]。今', 'cluster:semiconductors'),
    # 全区 (pronoun), 首批国家级高新区之一 (class use), 省内各类园区 (class use): not mentions
    ('[西安高新区]将与', _X),
]

_T = 'zone:tianjin-etdz'
MENTIONS['d02_tianjin.txt'] = [
    ('[天津开发区]20', _T),
    ('[天津经济技术开发区]实现', _T),
    # 国家级经开区年度考评 (class use)
    ('[天津开发区]继续', _T),
    ('[滨海新区]各功', 'zone:tianjin-binhai-new-area'),
    ('[开发区]重点', _T),
    ('[汽车制造]、电', 'cluster:automobile'),
    ('[电子信息]、生', 'cluster:electronic-information'),
    ('[生物医药]三大', 'cluster:biomedicine'),
    ('[氢能]和新', 'cluster:hydrogen'),
    ('[新材料]两大', 'cluster:new-materials'),
    ('[汽车产业]全年', 'cluster:automobile'),
    ('[津华汽车有限公司]整车', 'company:jinhua-auto'),
    ('[天津博远汽车电子有限公司]、海', 'company:tianjin-boyuan-auto-electronics'),
    ('[海晟精锻]等汽', 'company:haisheng-precision-forging'),
    ('[汽车零部件]骨干', 'cluster:auto-parts'),
    ('[津华汽车]就近', 'company:jinhua-auto'),
    ('[电子信息产业]加速', 'cluster:electronic-information'),
    ('[开发区]集聚', _T),
    ('[天津宏芯存储科技有限公司]、芯', 'company:tianjin-hongxin-storage'),
    ('[芯联微组件]、泽', 'company:xinlian-micro-components'),
    ('[泽润光电]等一', 'company:zerun-optoelectronics'),
    ('[电子信息]企业', 'cluster:electronic-information'),
    ('[宏芯存储]是集', 'company:tianjin-hongxin-storage'),
    ('[集成电路]领域', 'cluster:integrated-circuits'),
    ('[宏芯存储]投资', 'company:tianjin-hongxin-storage'),
    ('[宏芯先进封测基地]已于', 'project:hongxin-advanced-packaging-base'),
    ('在[开发区]投产', _T),
    ('[生物医药产业]保持', 'cluster:biomedicine'),
    ('位于[开发区]逸仙', _T),
    ('[逸仙科学工业园]的津', 'zone:tianjin-yixian-park'),
    ('[津康生物制药有限公司]是区', 'company:jinkang-biopharma'),
    # 区内 (pronoun)
    ('[生物医药产业]的龙', 'cluster:biomedicine'),
    ('[天津津康细胞治疗技术有限公司]研发', 'company:tianjin-jinkang-cell-therapy'),
    ('[诺德康医疗]与津', 'company:nuodekang-medical'),
    ('[津康生物]签署', 'company:jinkang-biopharma'),
    ('[开发区]全年', _T),
    ('[津华汽车新能源整车智能工厂]建成', 'project:jinhua-nev-smart-factory'),
    ('[博远汽车电子智能座舱模组二期]、海', 'project:boyuan-smart-cockpit-module-phase2'),
    ('[海晟精锻轻量化底盘件项目]加快', 'project:haisheng-lightweight-chassis-parts'),
    ('[氢能]企业', 'cluster:hydrogen'),
    ('[天津港航氢能科技有限公司]投资', 'company:tianjin-ganghang-hydrogen'),
    ('[港航燃料电池电堆项目]于1', 'project:ganghang-fuel-cell-stack'),
    ('[开发区]管委', _T),
    ('[开发区]将围', _T),
    ('[汽车制造]和生', 'cluster:automobile'),
    ('[生物医药]两条', 'cluster:biomedicine'),
    # 世界一流的国家级经开区 (class use)
]

_H = 'zone:hangzhou-hitech'; _Q = 'zone:hangzhou-qiantang'
MENTIONS['d03_hangzhou.txt'] = [
    ('[衡川视觉]：在', 'company:hangzhou-hengchuan-vision'),
    ('在[高新区]长大', _H),
    ('[机器视觉]“小', 'cluster:machine-vision'),
    ('[杭州高新区（滨江）]的杭', _H),
    ('[杭州衡川视觉科技股份有限公司]展厅', 'company:hangzhou-hengchuan-vision'),
    ('[机器视觉]领域', 'cluster:machine-vision'),
    ('[衡川视觉]的起', 'company:hangzhou-hengchuan-vision'),
    ('[高新区]创业', _H),
    ('入驻[高新区]，从', _H),
    ('迁入[高新区]物联', _H),
    ('[物联网小镇]，研', 'zone:hangzhou-iot-town'),
    ('“[高新区]的产', _H),
    ('[杭州高新区]物联', _H),
    ('[物联网产业链]上的', 'cluster:internet-of-things'),
    ('[衡川视觉]所需', 'company:hangzhou-hengchuan-vision'),
    ('[杭州镜界光学有限公司]、光', 'company:hangzhou-jingjie-optics'),
    ('[朗明照明]同样', 'company:langming-lighting'),
    ('位于[高新区]，车', _H),
    ('[高新区]重点', _H),
    ('[物联网]、人', 'cluster:internet-of-things'),
    ('[人工智能]、集', 'cluster:artificial-intelligence'),
    ('[集成电路]三大', 'cluster:integrated-circuits'),
    ('[衡川视觉]这样', 'company:hangzhou-hengchuan-vision'),
    ('[衡川视觉]旗下', 'company:hangzhou-hengchuan-vision'),
    ('[杭州衡川智造有限公司]落户', 'company:hangzhou-hengchuan-zhizao'),
    ('[杭州钱塘新区]，并', _Q),
    ('在[新区]投资', _Q),
    ('[衡川智能相机制造基地]，今', 'project:hengchuan-smart-camera-base'),
    ('[智能装备]和生', 'cluster:intelligent-equipment'),
    ('[生物医药]是钱', 'cluster:biomedicine'),
    ('[钱塘新区]重点', _Q),
    ('[衡川智造]也被', 'company:hangzhou-hengchuan-zhizao'),
    ('列入[新区]智能', _Q),
    ('[智能装备产业链]重点', 'cluster:intelligent-equipment'),
    ('[衡川视觉]在高', 'company:hangzhou-hengchuan-vision'),
    ('在[高新区]和钱', _H),
    ('[钱塘新区]两地', _Q),
    ('[衡川视觉]与智', 'company:hangzhou-hengchuan-vision'),
    ('[智能装备]企业', 'cluster:intelligent-equipment'),
    ('[杭州恒毅智装科技有限公司]签署', 'company:hangzhou-hengyi-zhizhuang'),
    ('扎根[高新区]的杭', _H),
    ('[杭州衡芯微感科技有限公司]是衡', 'company:hangzhou-hengxin-weigan'),
    ('[衡川视觉]的控', 'company:hangzhou-hengchuan-vision'),
    ('[集成电路]企业', 'cluster:integrated-circuits'),
    ('[衡川视觉]投资', 'company:hangzhou-hengchuan-vision'),
    ('在[高新区]建设', _H),
    ('[衡川视觉算法研究院]将于', 'project:hengchuan-vision-algorithm-institute'),
]
UNCERTAIN_MENTIONS['d03_hangzhou.txt'] = [
    ('选在了[钱塘]。', _Q, 'bare 钱塘: the place (钱塘区, which shares its territory with 杭州钱塘新区) or the zone; the next sentence names 杭州钱塘新区'),
]

_Z = 'zone:zhengzhou-airport-economy-zone'; _B = 'zone:zhengzhou-linkong-biomedicine-park'
MENTIONS['d04_zhengzhou.txt'] = [
    ('[郑州航空港区]三季', _Z),
    ('[郑州航空港经济综合实验区]20', _Z),
    ('[航空港区]还有', _Z),
    ('[电子信息]、航', 'cluster:electronic-information'),
    ('[航空物流]、生', 'cluster:aviation-logistics'),
    ('[生物医药]、新', 'cluster:biomedicine'),
    ('[新能源汽车]等产', 'cluster:new-energy-vehicles'),
    ('[航空港区]本批', _Z),
    ('[河南豫屏光电科技有限公司]投资', 'company:henan-yuping-optoelectronics'),
    ('[豫屏柔性显示模组项目]规模', 'project:yuping-flexible-display-module'),
    ('[临空智能终端产业园三期]同日', 'project:linkong-smart-terminal-park-phase3'),
    ('[郑州临空产业投资有限公司]，由', 'company:zhengzhou-linkong-industry-investment'),
    ('[郑州航兴建设集团有限公司]承建', 'company:zhengzhou-hangxing-construction'),
    ('[航空物流]企业', 'cluster:aviation-logistics'),
    ('[河南顺达供应链管理有限公司]投资', 'company:henan-shunda-supply-chain'),
    ('[顺达航空冷链物流中心]、位', 'project:shunda-air-cold-chain-center'),
    ('[郑州临空生物医药园]的康', _B),
    ('[康立达生物制剂基地]也在', 'project:kanglida-biologics-base'),
    ('[航空港区]今年', _Z),
    ('[郑州华瑞精密科技有限公司]建设', 'company:zhengzhou-huarui-precision'),
    ('[华瑞精密结构件项目]，以', 'project:huarui-precision-structural-parts'),
    ('[空港跨境电商监管中心二期]。华', 'project:airport-cbec-supervision-center-phase2'),
    ('[华瑞精密]是豫', 'company:zhengzhou-huarui-precision'),
    ('[豫屏光电]的长', 'company:henan-yuping-optoelectronics'),
    ('[中锂新能源20GWh动力电池项目一期]在航', 'project:zhongli-20gwh-power-battery-phase1'),
    ('[航空港区]正式', _Z),
    ('[航空港区]新能', _Z),
    ('[新能源汽车]整车', 'cluster:new-energy-vehicles'),
    ('[豫驰汽车]配套', 'company:yuchi-auto'),
    ('[中锂新能源科技（郑州）有限公司]是常', 'company:zhongli-new-energy-zhengzhou'),
    ('[常州中锂集团]的全', 'company:changzhou-zhongli-group'),
    ('[航空港区]布局', _Z),
    ('[中锂电池材料研发中心]；它', 'project:zhongli-battery-materials-rd-center'),
    # 新郑市龙湖镇: a county-level city and town next to the zone, not the zone
    ('[豫驰汽车]第5', 'company:yuchi-auto'),
    ('[航空港区]聚焦', _Z),
    ('[电子信息]、航', 'cluster:electronic-information'),
    ('[航空物流]、生', 'cluster:aviation-logistics'),
    ('[生物医药]、新', 'cluster:biomedicine'),
    ('[新能源汽车]四大', 'cluster:new-energy-vehicles'),
    ('[电子信息]是实', 'cluster:electronic-information'),
    ('[实验区]的首', _Z),
    ('[豫屏光电]、华', 'company:henan-yuping-optoelectronics'),
    ('[华瑞精密]为代', 'company:zhengzhou-huarui-precision'),
    ('[智能终端产业集群]已形', 'cluster:smart-terminals'),
    ('[航空港区]东部', _Z),
    ('[郑州临空生物医药园]已入', _B),
    ('[生物医药]企业', 'cluster:biomedicine'),
    ('[航空港区]管委', _Z),
]

_M = 'zone:xiamen-torch-hitech'; _XA = 'zone:xiamen-xiangan-industrial-area'
MENTIONS['d05_xiamen.txt'] = [
    ('[厦门火炬高新区]新型', _M),
    ('[新型显示产业链]观察', 'cluster:new-display'),
    ('[厦门火炬高技术产业开发区]翔安', _M),
    ('[翔安产业区]，厦', _XA),
    ('[厦门鹭显光电科技有限公司]的第', 'company:xiamen-luxian-optoelectronics'),
    ('[火炬高新区]新型', _M),
    ('[新型显示产业链]链主', 'cluster:new-display'),
    ('[鹭显光电]去年', 'company:xiamen-luxian-optoelectronics'),
    ('[新型显示]是火', 'cluster:new-display'),
    ('[火炬高新区]的首', _M),
    ('[高新区]已集', _M),
    ('[鹭显光电]、厦', 'company:xiamen-luxian-optoelectronics'),
    ('[厦门海晶电子玻璃有限公司]、鹭', 'company:xiamen-haijing-electronic-glass'),
    ('[鹭芯微电子]、凯', 'company:luxin-microelectronics'),
    ('[凯泽偏光材料]、联', 'company:kaize-polarizer-materials'),
    ('[联屏模组科技]等新', 'company:lianping-module-tech'),
    ('[新型显示]上下', 'cluster:new-display'),
    # 全国169家国家级高新区 (class use), 该区 (pronoun)
    ('[新型显示产业]规模', 'cluster:new-display'),
    ('[海晶电子]是鹭', 'company:xiamen-haijing-electronic-glass'),
    ('[鹭显光电]的玻', 'company:xiamen-luxian-optoelectronics'),
    ('[海晶高世代基板玻璃项目]去年', 'project:haijing-high-gen-glass-substrate'),
    ('[翔安产业区]投产', _XA),
    ('[鹭芯微电子]是一', 'company:luxin-microelectronics'),
    ('[集成电路]设计', 'cluster:integrated-circuits'),
    ('[鹭显光电]共同', 'company:xiamen-luxian-optoelectronics'),
    ('[厦门鹭芯显示驱动技术有限公司]专攻', 'company:xiamen-luxin-display-driver'),
    ('[华屿光电]是鹭', 'company:huayu-optoelectronics'),
    ('[鹭显光电]的控', 'company:xiamen-luxian-optoelectronics'),
    ('[华屿Mini LED背光模组项目]5月', 'project:huayu-mini-led-backlight-module'),
    ('落户[高新区]。台', _M),
    ('[宸鹭触控科技（厦门）有限公司]则在', 'company:chenlu-touch-xiamen'),
    ('在[高新区]增资', _M),
    ('[新型显示产业链]上的', 'cluster:new-display'),
    ('[宸鹭触控]今年', 'company:chenlu-touch-xiamen'),
    ('[联屏模组科技]结成', 'company:lianping-module-tech'),
    # 翔安区…马巷镇: the district, not the sub-park 翔安产业区
    ('不在[火炬高新区]规划', _M),
    ('[高新区]管委', _M),
    ('[高新区]将重', _M),
    ('[新型显示]、集', 'cluster:new-display'),
    ('[集成电路]、软', 'cluster:integrated-circuits'),
    ('[软件和信息服务]三大', 'cluster:software-info-services'),
    ('[第三代半导体]等未', 'cluster:third-gen-semiconductors'),
    ('[新型显示产业集群]规模', 'cluster:new-display'),
]

_W = 'zone:wuxi-hitech'; _K = 'zone:wuxi-etdz'
MENTIONS['d06_wuxi.txt'] = [
    # 两大国家级园区 (title), 两个国家级园区 (class uses)
    ('[无锡高新区]、无', _W),
    ('[无锡经开区]共新', _K),
    ('[无锡国家高新技术产业开发区]重点', _W),
    ('[集成电路]、生', 'cluster:integrated-circuits'),
    ('[生物医药]、物', 'cluster:biomedicine'),
    ('[物联网]三大', 'cluster:internet-of-things'),
    ('[高新区]新签', _W),
    ('[锡微12英寸特色工艺晶圆项目]由无', 'project:ximicro-12inch-specialty-wafer'),
    ('[无锡锡微半导体有限公司]投资', 'company:wuxi-ximicro-semiconductor'),
    ('[康泰瑞生物]投资', 'company:kangtairui-bio'),
    ('[康泰瑞抗体药物CDMO基地]、物', 'project:kangtairui-antibody-cdmo-base'),
    ('[物感科技]的物', 'company:wugan-tech'),
    ('[物感车规级传感器研发中心]同期', 'project:wugan-automotive-sensor-rd-center'),
    ('落户[高新区]。锡', _W),
    ('[锡微半导体]是高', 'company:wuxi-ximicro-semiconductor'),
    ('是[高新区]集成', _W),
    ('[集成电路产业链]上的', 'cluster:integrated-circuits'),
    ('同在[高新区]的封', _W),
    ('[长晶封装科技]签署', 'company:changjing-packaging-tech'),
    ('[无锡经开区]则把', _K),
    ('[数字经济]和智', 'cluster:digital-economy'),
    ('[智能网联汽车]作为', 'cluster:intelligent-connected-vehicles'),
    ('[经开区]新签', _K),
    ('[澜行智驾华东研发总部]、太', 'project:lanxing-east-china-rd-hq'),
    ('[太湖云算智算中心二期]、数', 'project:taihu-yunsuan-computing-center-phase2'),
    ('[数澄科技工业互联网创新中心]等。', 'project:shucheng-industrial-internet-innovation-center'),
    ('[澜行智驾]是一', 'company:lanxing-zhijia'),
    ('[智能网联汽车]企业', 'cluster:intelligent-connected-vehicles'),
    ('其[华东研发总部]由无', 'project:lanxing-east-china-rd-hq'),
    ('[无锡城建发展集团]代建', 'company:wuxi-chengjian-development-group'),
    ('[太湖云算智算中心二期]由无', 'project:taihu-yunsuan-computing-center-phase2'),
    ('[无锡太湖云算科技有限公司]投资', 'company:wuxi-taihu-yunsuan'),
    ('[数澄科技]、太', 'company:shucheng-tech'),
    ('[太湖云算]等数', 'company:wuxi-taihu-yunsuan'),
    ('[数字经济]企业', 'cluster:digital-economy'),
    ('在[经开区]集聚', _K),
    ('[无锡锡创智能装备有限公司]在两', 'company:wuxi-xichuang-intelligent-equipment'),
    # 两区 (pronoun)
    ('位于[高新区]，面', _W),
    ('落户[经开区]。锡', _K),
    ('[锡创智能]是无', 'company:wuxi-xichuang-intelligent-equipment'),
    ('[无锡隆威机电集团]旗下', 'company:wuxi-longwei-electromechanical-group'),
    ('[智能装备]企业', 'cluster:intelligent-equipment'),
    # 锡山区东港镇 (a district, not a zone); 上述两个园区 (plural, generic); 全市各类开发区 (class use); 两区经验 (pronoun)
]
UNCERTAIN_MENTIONS['d06_wuxi.txt'] = [
    ('面向[新能源汽车]电池', 'cluster:new-energy-vehicles', 'industry word in the market/application sense (面向新能源汽车电池的…装备), not the zone\'s or a firm\'s industry'),
]

# ---------------------------------------------------------------- relations
RELATIONS = []
UNCERTAIN_RELATIONS = []
def R(h, r, t, f, ev, scope): RELATIONS.append((h, r, t, f, ev, scope))
def U(h, r, t, f, ev, note): UNCERTAIN_RELATIONS.append((h, r, t, f, ev, note))
C = lambda s: 'company:' + s
P = lambda s: 'project:' + s
K_ = lambda s: 'cluster:' + s

# ---- d01 西安高新区 (signing news flash)
f = 'd01_xian.txt'; Z = _X
s = ['近年来高新区聚焦半导体、光子、新能源汽车、生物医药四大主导产业，已形成千亿级半导体产业集群']
for c in ('semiconductors', 'photonics', 'new-energy-vehicles', 'biomedicine'):
    R(Z, 'focuses_on', K_(c), f, s, 'sentence (高新区聚焦…四大主导产业)')
R(C('shaanxi-qinxin-microelectronics'), 'owns', P('qinxin-power-semiconductor-wafer-fab'), f,
  ['压轴签约的是秦芯功率半导体晶圆制造项目。该项目由陕西秦芯微电子有限公司投资160亿元建设'], 'two sentences (该项目由A投资…建设)')
R(P('qinxin-power-semiconductor-wafer-fab'), 'located_in', Z, f,
  ['该项目由陕西秦芯微电子有限公司投资160亿元建设，达产后可形成月产3万片12英寸晶圆的能力，这也是秦芯微电子第三次在高新区追加投资'],
  'sentence (该项目…这也是A第三次在高新区追加投资: the project is the investment made in the zone)')
R(C('shaanxi-qinxin-microelectronics'), 'member_of', K_('semiconductors'), f, ['作为国内半导体领域的骨干企业，秦芯微电子'], 'clause (作为X领域的骨干企业，A)')
R(C('shaanxi-qinxin-microelectronics'), 'partners_with', C('xian-jingcai-tech'), f, ['秦芯微电子当天还与西安晶材科技签署了长期供货协议'], 'clause (A与B签署…协议)')
R(C('xian-jingcai-tech'), 'owns', P('jingcai-photoresist'), f, ['西安晶材科技投资的晶材高纯光刻胶项目'], 'clause (A投资的B)')
R(C('shaanxi-huaqi-semiconductor-materials'), 'owns', P('huaqi-specialty-gas'), f, ['陕西华气半导体材料有限公司投资的华气电子特气项目'], 'clause (A投资的B)')
s = ['西安晶材科技投资的晶材高纯光刻胶项目、陕西华气半导体材料有限公司投资的华气电子特气项目同步签约，两个项目均选址高新区草堂科技产业基地']
for p in ('jingcai-photoresist', 'huaqi-specialty-gas'):
    R(P(p), 'located_in', 'zone:xian-caotang-base', f, s, 'sentence (两个项目均选址…基地)')
R('zone:xian-caotang-base', 'located_in', Z, f, ['高新区草堂科技产业基地'], 'clause (高新区X基地: sub-park of the zone)')
R(C('xian-ruiguang-photonics'), 'member_of', K_('photonics'), f, ['光子产业链龙头企业西安锐光光子科技有限公司'], 'clause (X产业链龙头企业A)')
s = ['西安锐光光子科技有限公司将在高新区设立西北总部，并建设锐光超快激光器研发中心']
R(C('xian-ruiguang-photonics'), 'located_in', Z, f, s, 'clause (A将在Z设立西北总部: future placement)')
R(C('xian-ruiguang-photonics'), 'owns', P('ruiguang-ultrafast-laser-rd-center'), f, s, 'clause (A…并建设B)')
R(P('ruiguang-ultrafast-laser-rd-center'), 'located_in', Z, f, s, 'clause (在高新区设立…并建设B: the locative is shared by both verbs)')
R(C('beijing-zhongke-guangyan'), 'partners_with', C('xian-ruiguang-photonics'), f, ['北京中科光研技术有限公司与锐光光子合作，双方将共建光子芯片联合实验室'], 'clause (A与B合作，双方将共建…)')
R(P('chiyuan-e-drive-system'), 'located_in', Z, f, ['落户高新区的驰远电驱动系统项目'], 'clause (落户Z的B)')
R(C('shaanxi-chiyuan-power'), 'owns', P('chiyuan-e-drive-system'), f, ['驰远电驱动系统项目总投资32亿元，由陕西驰远动力科技有限公司负责实施'], 'sentence (B…由A负责实施)')
s = ['驰远动力是秦驰汽车集团旗下的汽车零部件企业']
R(C('shaanxi-chiyuan-power'), 'subsidiary_of', C('qinchi-auto-group'), f, s, 'clause (A是B旗下的…企业)')
R(C('shaanxi-chiyuan-power'), 'member_of', K_('auto-parts'), f, s, 'clause (A是…的X企业)')
s = ['高新区当天引进了康博瑞生物、华诺医疗、西安德济药业等5家生物医药企业']
for c in ('kangborui-bio', 'huanuo-medical', 'xian-deji-pharma'):
    R(C(c), 'located_in', Z, f, s, 'clause (Z引进了A、B、C等…企业)')
    R(C(c), 'member_of', K_('biomedicine'), f, s, 'clause (A、B、C等N家X企业)')
R(C('kangborui-bio'), 'owns', P('kangborui-mrna-vaccine-pilot-base'), f, ['康博瑞生物投资建设的康博瑞mRNA疫苗中试基地'], 'clause (A投资建设的B)')
U(C('shaanxi-qinxin-microelectronics'), 'located_in', Z, f, ['这也是秦芯微电子第三次在高新区追加投资'], '追加投资 presupposes earlier investment in the zone, but only the project is placed')
U(C('xian-jingcai-tech'), 'located_in', Z, f, ['两个项目均选址高新区草堂科技产业基地'], 'only the firm\'s project is placed (in the sub-park)')
U(C('shaanxi-huaqi-semiconductor-materials'), 'located_in', Z, f, ['两个项目均选址高新区草堂科技产业基地'], 'only the firm\'s project is placed (in the sub-park)')
for p in ('jingcai-photoresist', 'huaqi-specialty-gas'):
    U(P(p), 'located_in', Z, f, ['两个项目均选址高新区草堂科技产业基地'], 'transitive via the sub-park 草堂科技产业基地 (no transitive located_in is gold)')
U(P('kangborui-mrna-vaccine-pilot-base'), 'located_in', Z, f, ['其中康博瑞生物投资建设的康博瑞mRNA疫苗中试基地将于年内开工'], '其中 refers to the firms brought in; the base\'s site is not stated')
U(C('shaanxi-chiyuan-power'), 'located_in', Z, f, ['落户高新区的驰远电驱动系统项目'], 'only the firm\'s project is placed')
U(C('shaanxi-chiyuan-power'), 'member_of', K_('new-energy-vehicles'), f, ['新能源汽车领域，落户高新区的驰远电驱动系统项目总投资32亿元，由陕西驰远动力科技有限公司负责实施'], 'the firm is introduced under the 新能源汽车领域 heading, but the text calls it an 汽车零部件企业')
U(C('beijing-zhongke-guangyan'), 'member_of', K_('photonics'), f, ['双方将共建光子芯片联合实验室'], 'joint photonic-chip lab; the firm is not called a 光子 firm')

# ---- d02 天津开发区 (annual report)
f = 'd02_tianjin.txt'; Z = _T
s = ['开发区重点发展汽车制造、电子信息、生物医药三大主导产业，积极培育氢能和新材料两大新兴产业']
for c in ('automobile', 'electronic-information', 'biomedicine'):
    R(Z, 'focuses_on', K_(c), f, s, 'sentence (重点发展…三大主导产业)')
for c in ('hydrogen', 'new-materials'):
    R(Z, 'focuses_on', K_(c), f, s, 'sentence (积极培育…两大新兴产业)')
R(C('jinhua-auto'), 'member_of', K_('automobile'), f, ['汽车产业全年实现产值1850亿元，其中龙头企业津华汽车有限公司整车产量突破42万辆'], 'sentence (X产业…其中龙头企业A)')
s = ['天津博远汽车电子有限公司、海晟精锻等汽车零部件骨干企业']
for c in ('tianjin-boyuan-auto-electronics', 'haisheng-precision-forging'):
    R(C(c), 'member_of', K_('auto-parts'), f, s, 'clause (A、B等X骨干企业)')
s = ['开发区集聚了天津宏芯存储科技有限公司、芯联微组件、泽润光电等一批电子信息企业']
for c in ('tianjin-hongxin-storage', 'xinlian-micro-components', 'zerun-optoelectronics'):
    R(C(c), 'member_of', K_('electronic-information'), f, s, 'clause (集聚了…等一批X企业)')
    R(C(c), 'located_in', Z, f, s, 'clause (Z集聚了A、B、C)')
R(C('tianjin-hongxin-storage'), 'member_of', K_('integrated-circuits'), f, ['宏芯存储是集成电路领域的领军企业'], 'clause (A是X领域的领军企业)')
s = ['由宏芯存储投资75亿元建设的宏芯先进封测基地已于5月在开发区投产']
R(C('tianjin-hongxin-storage'), 'owns', P('hongxin-advanced-packaging-base'), f, s, 'clause (由A投资N亿元建设的B)')
R(P('hongxin-advanced-packaging-base'), 'located_in', Z, f, s, 'clause (B…在开发区投产)')
R(C('jinkang-biopharma'), 'located_in', 'zone:tianjin-yixian-park', f, ['位于开发区逸仙科学工业园的津康生物制药有限公司'], 'clause (位于Z的A)')
R('zone:tianjin-yixian-park', 'located_in', Z, f, ['开发区逸仙科学工业园'], 'clause (开发区X园: sub-park of the zone)')
s = ['津康生物制药有限公司是区内生物医药产业的龙头企业']
R(C('jinkang-biopharma'), 'located_in', Z, f, s, 'clause (区内 = 天津开发区: stated directly, not only through the sub-park)')
R(C('jinkang-biopharma'), 'member_of', K_('biomedicine'), f, s, 'clause (A是…X产业的龙头企业)')
R(C('tianjin-jinkang-cell-therapy'), 'subsidiary_of', C('jinkang-biopharma'), f, ['全年营收增长21%；其全资子公司天津津康细胞治疗技术有限公司'], 'sentence (其全资子公司B; 其 = 津康生物制药有限公司)')
R(C('nuodekang-medical'), 'partners_with', C('jinkang-biopharma'), f, ['诺德康医疗与津康生物签署战略合作协议'], 'clause (A与B签署战略合作协议)')
p = ['开发区全年新开工亿元以上项目74个', '总投资40亿元的津华汽车新能源整车智能工厂建成投产，博远汽车电子智能座舱模组二期、海晟精锻轻量化底盘件项目加快建设；由氢能企业天津港航氢能科技有限公司投资建设的港航燃料电池电堆项目于10月开工']
for pr in ('jinhua-nev-smart-factory', 'boyuan-smart-cockpit-module-phase2', 'haisheng-lightweight-chassis-parts', 'ganghang-fuel-cell-stack'):
    R(P(pr), 'located_in', Z, f, p, 'paragraph (the zone is the subject of the paragraph on its projects: 开发区全年新开工…)')
R(C('jinhua-auto'), 'owns', P('jinhua-nev-smart-factory'), f, ['总投资40亿元的津华汽车新能源整车智能工厂'], 'firm name embedded in project name (津华汽车 also stand-alone in d02)')
R(C('tianjin-boyuan-auto-electronics'), 'owns', P('boyuan-smart-cockpit-module-phase2'), f, ['博远汽车电子智能座舱模组二期'], 'firm name embedded in project name (天津博远汽车电子有限公司 also stand-alone in d02)')
R(C('haisheng-precision-forging'), 'owns', P('haisheng-lightweight-chassis-parts'), f, ['海晟精锻轻量化底盘件项目'], 'firm name embedded in project name (海晟精锻 also stand-alone in d02)')
s = ['由氢能企业天津港航氢能科技有限公司投资建设的港航燃料电池电堆项目']
R(C('tianjin-ganghang-hydrogen'), 'owns', P('ganghang-fuel-cell-stack'), f, s, 'clause (由A投资建设的B)')
R(C('tianjin-ganghang-hydrogen'), 'member_of', K_('hydrogen'), f, s, 'clause (X企业A)')
U(Z, 'located_in', 'zone:tianjin-binhai-new-area', f, ['主要经济指标在滨海新区各功能区中保持领先'], 'implies 天津开发区 is one of 滨海新区\'s functional areas; not stated')
U(C('jinhua-auto'), 'located_in', Z, f, ['总投资40亿元的津华汽车新能源整车智能工厂建成投产'], 'only the firm\'s factory is placed (project paragraph); the firm is named in the zone report')
for c in ('tianjin-boyuan-auto-electronics', 'haisheng-precision-forging'):
    U(C(c), 'located_in', Z, f, ['为津华汽车就近配套，本地配套率提高到六成'], '就近配套 / 本地配套 implies local presence; not stated')
    U(C(c), 'partners_with', C('jinhua-auto'), f, ['天津博远汽车电子有限公司、海晟精锻等汽车零部件骨干企业为津华汽车就近配套'], 'supplier relation (配套), not a stated partnership')
U(C('tianjin-jinkang-cell-therapy'), 'located_in', Z, f, ['其全资子公司天津津康细胞治疗技术有限公司研发的CAR-T细胞药物获批上市'], 'subsidiary of a zone firm; its own location not stated')
U(C('tianjin-ganghang-hydrogen'), 'located_in', Z, f, ['由氢能企业天津港航氢能科技有限公司投资建设的港航燃料电池电堆项目于10月开工'], 'only the firm\'s project is placed')

# ---- d03 衡川视觉 (company profile; 杭州高新区 + 杭州钱塘新区)
f = 'd03_hangzhou.txt'; Z = _H; Q = _Q; HC = C('hangzhou-hengchuan-vision')
R(HC, 'located_in', Z, f, ['位于杭州高新区（滨江）的杭州衡川视觉科技股份有限公司'], 'clause (位于Z的A)')
R(HC, 'member_of', K_('machine-vision'), f, ['杭州衡川视觉科技股份有限公司展厅', '这家成立于2012年的企业，如今已是国内机器视觉领域的头部企业'], 'two sentences (这家…企业 = 衡川视觉; …是X领域的头部企业)')
R(HC, 'located_in', 'zone:hangzhou-iot-town', f, ['2019年，公司总部迁入高新区物联网小镇'], 'sentence (公司 = 衡川视觉, the paragraph\'s subject; 总部迁入Z)')
R('zone:hangzhou-iot-town', 'located_in', Z, f, ['高新区物联网小镇'], 'clause (高新区X小镇: sub-park of the zone)')
R(HC, 'member_of', K_('internet-of-things'), f, ['作为杭州高新区物联网产业链上的骨干企业，衡川视觉'], 'clause (作为Z X产业链上的骨干企业，A)')
s = ['镜头供应商杭州镜界光学有限公司、光源供应商朗明照明同样位于高新区']
for c in ('hangzhou-jingjie-optics', 'langming-lighting'):
    R(C(c), 'located_in', Z, f, s, 'clause (A、B同样位于Z)')
s = ['近年来，高新区重点发展物联网、人工智能、集成电路三大产业']
for c in ('internet-of-things', 'artificial-intelligence', 'integrated-circuits'):
    R(Z, 'focuses_on', K_(c), f, s, 'sentence (重点发展…三大产业)')
R(C('hangzhou-hengchuan-zhizao'), 'subsidiary_of', HC, f, ['衡川视觉旗下的杭州衡川智造有限公司'], 'clause (A旗下的B)')
s = ['杭州衡川智造有限公司落户杭州钱塘新区，并在新区投资9亿元建设衡川智能相机制造基地']
R(C('hangzhou-hengchuan-zhizao'), 'located_in', Q, f, s, 'clause (A落户Z)')
R(C('hangzhou-hengchuan-zhizao'), 'owns', P('hengchuan-smart-camera-base'), f, s, 'clause (A…并在新区投资N亿元建设B)')
R(P('hengchuan-smart-camera-base'), 'located_in', Q, f, s, 'clause (在新区…建设B; 新区 = 钱塘新区)')
s = ['智能装备和生物医药是钱塘新区重点培育的产业']
for c in ('intelligent-equipment', 'biomedicine'):
    R(Q, 'focuses_on', K_(c), f, s, 'clause (X和Y是Z重点培育的产业)')
R(C('hangzhou-hengchuan-zhizao'), 'member_of', K_('intelligent-equipment'), f, ['衡川智造也被列入新区智能装备产业链重点企业名单'], 'clause (A被列入…X产业链重点企业名单)')
R(HC, 'located_in', Q, f, ['衡川视觉在高新区和钱塘新区两地共有员工2100余人'], 'clause (A在Z1和Z2两地共有员工: the firm is in both zones)')
s = ['衡川视觉与智能装备企业杭州恒毅智装科技有限公司签署战略合作协议']
R(HC, 'partners_with', C('hangzhou-hengyi-zhizhuang'), f, s, 'clause (A与B签署战略合作协议)')
R(C('hangzhou-hengyi-zhizhuang'), 'member_of', K_('intelligent-equipment'), f, s, 'clause (X企业A)')
R(C('hangzhou-hengxin-weigan'), 'located_in', Z, f, ['同样扎根高新区的杭州衡芯微感科技有限公司'], 'clause (扎根Z的A)')
s = ['杭州衡芯微感科技有限公司是衡川视觉的控股子公司，也是一家专注图像传感器芯片的集成电路企业']
R(C('hangzhou-hengxin-weigan'), 'subsidiary_of', HC, f, s, 'clause (B是A的控股子公司)')
R(C('hangzhou-hengxin-weigan'), 'member_of', K_('integrated-circuits'), f, s, 'clause (A…也是一家…X企业)')
s = ['衡川视觉投资12亿元在高新区建设的衡川视觉算法研究院']
R(HC, 'owns', P('hengchuan-vision-algorithm-institute'), f, s, 'clause (A投资N亿元在Z建设的B)')
R(P('hengchuan-vision-algorithm-institute'), 'located_in', Z, f, s, 'clause (在高新区建设的B)')
for c in ('hangzhou-jingjie-optics', 'langming-lighting'):
    U(HC, 'partners_with', C(c), f, ['衡川视觉所需的镜头、光源大多在周边配套：镜头供应商杭州镜界光学有限公司、光源供应商朗明照明同样位于高新区'], 'supplier relation (供应商/配套), not a stated partnership')
U(HC, 'partners_with', 'org:zhejiang-lab', f, ['公司还与之江实验室共建视觉大模型联合实验室'], 'partner is a research institute (organization), not a company')
U(C('hangzhou-hengchuan-zhizao'), 'member_of', K_('machine-vision'), f, ['衡川视觉旗下的杭州衡川智造有限公司落户杭州钱塘新区'], 'subsidiary of a 机器视觉 firm making smart cameras; not stated')

# ---- d04 郑州航空港区 (project-progress roundup)
f = 'd04_zhengzhou.txt'; Z = _Z; B = _B
s = ['在航空港区本批开工的项目中，河南豫屏光电科技有限公司投资85亿元建设的豫屏柔性显示模组项目规模最大']
R(P('yuping-flexible-display-module'), 'located_in', Z, f, s, 'clause (在航空港区本批开工的项目中，…B)')
R(C('henan-yuping-optoelectronics'), 'owns', P('yuping-flexible-display-module'), f, s, 'clause (A投资N亿元建设的B)')
p = ['在航空港区本批开工的项目中']
R(P('linkong-smart-terminal-park-phase3'), 'located_in', Z, f, p + ['临空智能终端产业园三期同日开工'], 'paragraph (在航空港区本批开工的项目中 frames the paragraph; B同日开工)')
R(C('zhengzhou-linkong-industry-investment'), 'owns', P('linkong-smart-terminal-park-phase3'), f, ['临空智能终端产业园三期同日开工，项目业主为郑州临空产业投资有限公司'], 'sentence (项目业主为A: owner)')
R(C('zhengzhou-hangxing-construction'), 'owns', P('linkong-smart-terminal-park-phase3'), f, ['项目业主为郑州临空产业投资有限公司，由郑州航兴建设集团有限公司承建'], 'sentence (由A承建: builder)')
s = ['航空物流企业河南顺达供应链管理有限公司投资的顺达航空冷链物流中心']
R(C('henan-shunda-supply-chain'), 'member_of', K_('aviation-logistics'), f, s, 'clause (X企业A)')
R(C('henan-shunda-supply-chain'), 'owns', P('shunda-air-cold-chain-center'), f, s, 'clause (A投资的B)')
R(P('shunda-air-cold-chain-center'), 'located_in', Z, f, p + ['顺达航空冷链物流中心、位于郑州临空生物医药园的康立达生物制剂基地也在开工之列'], 'paragraph (在航空港区本批开工的项目中 … B也在开工之列)')
R(P('kanglida-biologics-base'), 'located_in', B, f, ['位于郑州临空生物医药园的康立达生物制剂基地'], 'clause (位于Z的B)')
s = ['航空港区今年新增竣工项目中包括郑州华瑞精密科技有限公司建设的华瑞精密结构件项目，以及空港跨境电商监管中心二期']
for pr in ('huarui-precision-structural-parts', 'airport-cbec-supervision-center-phase2'):
    R(P(pr), 'located_in', Z, f, s, 'sentence (Z…竣工项目中包括B1，以及B2)')
R(C('zhengzhou-huarui-precision'), 'owns', P('huarui-precision-structural-parts'), f, s, 'clause (A建设的B)')
R(C('zhengzhou-huarui-precision'), 'partners_with', C('henan-yuping-optoelectronics'), f, ['华瑞精密是豫屏光电的长期合作伙伴'], 'clause (A是B的长期合作伙伴)')
R(P('zhongli-20gwh-power-battery-phase1'), 'located_in', Z, f, ['中锂新能源20GWh动力电池项目一期在航空港区正式投产'], 'clause (B在Z正式投产)')
R(C('zhongli-new-energy-zhengzhou'), 'owns', P('zhongli-20gwh-power-battery-phase1'), f, ['中锂新能源20GWh动力电池项目一期'], 'firm name embedded in project name (中锂新能源 = 中锂新能源科技（郑州）有限公司, stand-alone in d04)')
s = ['航空港区新能源汽车整车企业豫驰汽车']
R(C('yuchi-auto'), 'located_in', Z, f, s, 'clause (Z整车企业A)')
R(C('yuchi-auto'), 'member_of', K_('new-energy-vehicles'), f, s, 'clause (X整车企业A)')
R(C('zhongli-new-energy-zhengzhou'), 'subsidiary_of', C('changzhou-zhongli-group'), f, ['中锂新能源科技（郑州）有限公司是常州中锂集团的全资子公司'], 'clause (B是A的全资子公司)')
s = ['中锂新能源科技（郑州）有限公司是常州中锂集团的全资子公司，此前已在航空港区布局了中锂电池材料研发中心']
R(C('zhongli-new-energy-zhengzhou'), 'owns', P('zhongli-battery-materials-rd-center'), f, s, 'sentence (A…已在Z布局了B)')
R(P('zhongli-battery-materials-rd-center'), 'located_in', Z, f, s, 'clause (在航空港区布局了B)')
s = ['航空港区聚焦电子信息、航空物流、生物医药、新能源汽车四大主导产业，其中电子信息是实验区的首位产业，以豫屏光电、华瑞精密为代表的智能终端产业集群已形成千亿级规模']
for c in ('electronic-information', 'aviation-logistics', 'biomedicine', 'new-energy-vehicles'):
    R(Z, 'focuses_on', K_(c), f, s, 'sentence (聚焦…四大主导产业; 电子信息 is also 实验区的首位产业)')
R(Z, 'focuses_on', K_('smart-terminals'), f, s, 'sentence (the zone\'s sentence: …产业集群已形成千亿级规模)')
for c in ('henan-yuping-optoelectronics', 'zhengzhou-huarui-precision'):
    R(C(c), 'member_of', K_('smart-terminals'), f, ['以豫屏光电、华瑞精密为代表的智能终端产业集群'], 'clause (以A、B为代表的X产业集群)')
R(B, 'located_in', Z, f, ['位于航空港区东部的郑州临空生物医药园'], 'clause (位于Z东部的sub-park)')
U(P('kanglida-biologics-base'), 'located_in', Z, f, ['位于郑州临空生物医药园的康立达生物制剂基地也在开工之列'], 'placed in the sub-park; the zone only via the batch paragraph and the sub-park (transitive)')
U(C('zhongli-new-energy-zhengzhou'), 'located_in', Z, f, ['此前已在航空港区布局了中锂电池材料研发中心'], 'only the firm\'s projects are placed')
U(C('zhongli-new-energy-zhengzhou'), 'partners_with', C('yuchi-auto'), f, ['就近为航空港区新能源汽车整车企业豫驰汽车配套'], 'supplier relation (配套), and the subject is the project')
for c in ('henan-yuping-optoelectronics', 'zhengzhou-huarui-precision'):
    U(C(c), 'located_in', Z, f, ['以豫屏光电、华瑞精密为代表的智能终端产业集群已形成千亿级规模'], 'firm named as representative of the zone\'s cluster (以…为代表); its project is placed, the firm is not')
U(C('henan-shunda-supply-chain'), 'located_in', Z, f, ['河南顺达供应链管理有限公司投资的顺达航空冷链物流中心'], 'only the firm\'s project is placed')

# ---- d05 厦门火炬高新区 (industry-cluster feature)
f = 'd05_xiamen.txt'; Z = _M; XA = _XA; LX = C('xiamen-luxian-optoelectronics')
R(XA, 'located_in', Z, f, ['厦门火炬高技术产业开发区翔安产业区'], 'clause (Z + sub-park name: 翔安产业区 of the zone)')
R(LX, 'member_of', K_('new-display'), f, ['作为火炬高新区新型显示产业链链主企业，鹭显光电'], 'clause (作为Z X产业链链主企业，A)')
R(Z, 'focuses_on', K_('new-display'), f, ['新型显示是火炬高新区的首位产业'], 'clause (X是Z的首位产业)')
s = ['高新区已集聚鹭显光电、厦门海晶电子玻璃有限公司、鹭芯微电子、凯泽偏光材料、联屏模组科技等新型显示上下游企业120余家']
for c in ('xiamen-luxian-optoelectronics', 'xiamen-haijing-electronic-glass', 'luxin-microelectronics', 'kaize-polarizer-materials', 'lianping-module-tech'):
    R(C(c), 'located_in', Z, f, s, 'clause (Z已集聚A、B…)')
    if c != 'xiamen-luxian-optoelectronics':
        R(C(c), 'member_of', K_('new-display'), f, s, 'clause (集聚A、B等X上下游企业)')
s = ['海晶电子是鹭显光电的玻璃基板供应商，其总投资28亿元的海晶高世代基板玻璃项目去年在翔安产业区投产']
R(C('xiamen-haijing-electronic-glass'), 'owns', P('haijing-high-gen-glass-substrate'), f, s, 'sentence (其 = 海晶电子; 其总投资N亿元的B)')
R(P('haijing-high-gen-glass-substrate'), 'located_in', XA, f, s, 'clause (B…在翔安产业区投产)')
s = ['鹭芯微电子是一家集成电路设计企业，它与鹭显光电共同出资组建的厦门鹭芯显示驱动技术有限公司']
R(C('luxin-microelectronics'), 'member_of', K_('integrated-circuits'), f, s, 'clause (A是一家X设计企业)')
R(C('luxin-microelectronics'), 'partners_with', LX, f, s, 'sentence (它 = 鹭芯微电子; A与B共同出资组建C: a joint venture)')
s = ['华屿光电是鹭显光电的控股子公司，其投资15亿元的华屿Mini LED背光模组项目5月落户高新区']
R(C('huayu-optoelectronics'), 'subsidiary_of', LX, f, s, 'clause (B是A的控股子公司)')
R(C('huayu-optoelectronics'), 'owns', P('huayu-mini-led-backlight-module'), f, s, 'sentence (其 = 华屿光电; 其投资N亿元的B)')
R(P('huayu-mini-led-backlight-module'), 'located_in', Z, f, s, 'clause (B…落户高新区)')
R(C('chenlu-touch-xiamen'), 'located_in', Z, f, ['宸鹭触控科技（厦门）有限公司则在高新区增资6亿元扩产'], 'clause (A在Z增资扩产)')
s = ['作为新型显示产业链上的骨干企业，宸鹭触控今年还与联屏模组科技结成了车载显示联合体']
R(C('chenlu-touch-xiamen'), 'member_of', K_('new-display'), f, s, 'clause (作为X产业链上的骨干企业，A)')
R(C('chenlu-touch-xiamen'), 'partners_with', C('lianping-module-tech'), f, s, 'clause (A与B结成…联合体)')
s = ['高新区将重点发展新型显示、集成电路、软件和信息服务三大主导产业，积极培育第三代半导体等未来产业']
for c in ('integrated-circuits', 'software-info-services'):
    R(Z, 'focuses_on', K_(c), f, s, 'sentence (重点发展…三大主导产业)')
R(Z, 'focuses_on', K_('third-gen-semiconductors'), f, s, 'sentence (积极培育…等未来产业)')
U(LX, 'located_in', XA, f, ['在厦门火炬高技术产业开发区翔安产业区，厦门鹭显光电科技有限公司的第8.6代氧化物面板生产线24小时不停机运转'], 'the firm\'s production line is placed in the sub-park, not the firm itself')
U(C('xiamen-haijing-electronic-glass'), 'located_in', XA, f, ['其总投资28亿元的海晶高世代基板玻璃项目去年在翔安产业区投产'], 'only the firm\'s project is placed in the sub-park (the firm is gold located_in the zone)')
U(P('haijing-high-gen-glass-substrate'), 'located_in', Z, f, ['海晶高世代基板玻璃项目去年在翔安产业区投产'], 'transitive via the sub-park (no transitive located_in is gold)')
U(C('xiamen-haijing-electronic-glass'), 'partners_with', LX, f, ['海晶电子是鹭显光电的玻璃基板供应商'], 'supplier relation, not a stated partnership')
for par in ('luxin-microelectronics', 'xiamen-luxian-optoelectronics'):
    U(C('xiamen-luxin-display-driver'), 'subsidiary_of', C(par), f, ['它与鹭显光电共同出资组建的厦门鹭芯显示驱动技术有限公司'], 'joint venture of two parents (共同出资组建); control not stated')
U(C('xiamen-luxin-display-driver'), 'member_of', K_('new-display'), f, ['厦门鹭芯显示驱动技术有限公司专攻显示驱动芯片'], 'display-driver chips (a 新型显示/集成电路 segment); no cluster named for the firm')
U(C('huayu-optoelectronics'), 'located_in', Z, f, ['其投资15亿元的华屿Mini LED背光模组项目5月落户高新区'], 'only the firm\'s project is placed')

# ---- d06 无锡高新区 + 无锡经开区 (municipal article, two zones)
f = 'd06_wuxi.txt'; H = _W; K = _K
s = ['无锡国家高新技术产业开发区重点发展集成电路、生物医药、物联网三大地标产业']
for c in ('integrated-circuits', 'biomedicine', 'internet-of-things'):
    R(H, 'focuses_on', K_(c), f, s, 'sentence (重点发展…三大地标产业)')
s = ['高新区新签约项目26个：总投资60亿元的锡微12英寸特色工艺晶圆项目由无锡锡微半导体有限公司投资建设']
R(P('ximicro-12inch-specialty-wafer'), 'located_in', H, f, s, 'sentence (Z新签约项目N个：B…)')
R(C('wuxi-ximicro-semiconductor'), 'owns', P('ximicro-12inch-specialty-wafer'), f, s, 'clause (B由A投资建设)')
s = ['康泰瑞生物投资的康泰瑞抗体药物CDMO基地、物感科技的物感车规级传感器研发中心同期签约落户高新区']
R(C('kangtairui-bio'), 'owns', P('kangtairui-antibody-cdmo-base'), f, s, 'clause (A投资的B)')
R(C('wugan-tech'), 'owns', P('wugan-automotive-sensor-rd-center'), f, s, 'clause (A的B; firm name also embedded in the project name)')
for pr in ('kangtairui-antibody-cdmo-base', 'wugan-automotive-sensor-rd-center'):
    R(P(pr), 'located_in', H, f, s, 'clause (B1、B2同期签约落户Z)')
s = ['锡微半导体是高新区集成电路产业链上的骨干企业，已与同在高新区的封测企业长晶封装科技签署战略合作协议']
R(C('wuxi-ximicro-semiconductor'), 'member_of', K_('integrated-circuits'), f, s, 'clause (A是Z X产业链上的骨干企业)')
R(C('wuxi-ximicro-semiconductor'), 'located_in', H, f, s, 'sentence (同在高新区: presupposes that A is in the zone too)')
R(C('changjing-packaging-tech'), 'located_in', H, f, s, 'clause (同在高新区的…企业B)')
R(C('wuxi-ximicro-semiconductor'), 'partners_with', C('changjing-packaging-tech'), f, s, 'clause (A已与B签署战略合作协议)')
s = ['无锡经开区则把数字经济和智能网联汽车作为主攻方向']
for c in ('digital-economy', 'intelligent-connected-vehicles'):
    R(K, 'focuses_on', K_(c), f, s, 'clause (把X和Y作为主攻方向)')
s = ['经开区新签约项目17个，包括澜行智驾华东研发总部、太湖云算智算中心二期、数澄科技工业互联网创新中心等']
for pr in ('lanxing-east-china-rd-hq', 'taihu-yunsuan-computing-center-phase2', 'shucheng-industrial-internet-innovation-center'):
    R(P(pr), 'located_in', K, f, s, 'clause (Z新签约项目…包括B1、B2、B3)')
R(C('lanxing-zhijia'), 'member_of', K_('intelligent-connected-vehicles'), f, ['澜行智驾是一家智能网联汽车企业'], 'clause (A是一家X企业)')
s = ['澜行智驾是一家智能网联汽车企业，其华东研发总部由无锡城建发展集团代建']
R(C('lanxing-zhijia'), 'owns', P('lanxing-east-china-rd-hq'), f, s, 'clause (其华东研发总部: 其 = 澜行智驾; firm name also embedded in 澜行智驾华东研发总部)')
R(C('wuxi-chengjian-development-group'), 'owns', P('lanxing-east-china-rd-hq'), f, s, 'clause (B由A代建: builder)')
R(C('wuxi-taihu-yunsuan'), 'owns', P('taihu-yunsuan-computing-center-phase2'), f, ['太湖云算智算中心二期由无锡太湖云算科技有限公司投资'], 'clause (B由A投资)')
R(C('shucheng-tech'), 'owns', P('shucheng-industrial-internet-innovation-center'), f, ['数澄科技工业互联网创新中心'], 'firm name embedded in project name (数澄科技 also stand-alone in d06)')
s = ['数澄科技、太湖云算等数字经济企业目前已在经开区集聚成链']
for c in ('shucheng-tech', 'wuxi-taihu-yunsuan'):
    R(C(c), 'member_of', K_('digital-economy'), f, s, 'clause (A、B等X企业)')
    R(C(c), 'located_in', K, f, s, 'clause (A、B…已在Z集聚成链)')
s = ['无锡锡创智能装备有限公司在两区同时布局：公司总部和生产基地位于高新区，面向新能源汽车电池的激光焊接装备研发中心则落户经开区']
R(C('wuxi-xichuang-intelligent-equipment'), 'located_in', H, f, s, 'sentence (A在两区同时布局：公司总部和生产基地位于高新区)')
R(C('wuxi-xichuang-intelligent-equipment'), 'located_in', K, f, s, 'sentence (A在两区同时布局：…研发中心则落户经开区; a company in two zones)')
s = ['锡创智能是无锡隆威机电集团旗下的智能装备企业']
R(C('wuxi-xichuang-intelligent-equipment'), 'subsidiary_of', C('wuxi-longwei-electromechanical-group'), f, s, 'clause (A是B旗下的…企业)')
R(C('wuxi-xichuang-intelligent-equipment'), 'member_of', K_('intelligent-equipment'), f, s, 'clause (A是…的X企业)')
U(C('changjing-packaging-tech'), 'member_of', K_('integrated-circuits'), f, ['同在高新区的封测企业长晶封装科技'], '封测 (packaging and test) is an IC segment, but no cluster is named for the firm')
U(C('kangtairui-bio'), 'located_in', H, f, ['康泰瑞生物投资的康泰瑞抗体药物CDMO基地、物感科技的物感车规级传感器研发中心同期签约落户高新区'], 'only the firm\'s project is placed')
U(C('wugan-tech'), 'located_in', H, f, ['康泰瑞生物投资的康泰瑞抗体药物CDMO基地、物感科技的物感车规级传感器研发中心同期签约落户高新区'], 'only the firm\'s project is placed')
U(C('lanxing-zhijia'), 'located_in', K, f, ['经开区新签约项目17个，包括澜行智驾华东研发总部'], 'only the firm\'s project is placed')
U(C('wuxi-chengjian-development-group'), 'located_in', K, f, ['其华东研发总部由无锡城建发展集团代建'], 'builder of a project in the zone; its own location not stated')
