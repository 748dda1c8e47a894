# Gold annotation of the dev3 corpus, written as anchored text so that offsets are computed, never typed.
# MENTIONS[file] = ordered list of (anchor, entity_id). The anchor is a piece of the text with the mention in
# [brackets]; it is searched forward from the previous match, so the list follows the text order.
# UNCERTAIN_MENTIONS[file] = (anchor, proposed_entity_id, note)
# NON_MENTIONS are produced by build.py from the dictionary simulation (class uses, pronouns, nested names, other senses).
# RELATIONS = (head, relation, tail, file, evidence_pieces, scope); evidence pieces are exact substrings; the first
# piece is located (it must be unique in the file, or given as (piece, n) for the n-th occurrence, 0-based).
# UNCERTAIN_RELATIONS = same, with scope replaced by a note.

MENTIONS = {}
UNCERTAIN_MENTIONS = {}

MENTIONS['d01_guangzhou.txt'] = [
    ('[广州开发区]2', 'zone:guangzhou-etdz'),
    ('[广州开发区]深', 'zone:guangzhou-etdz'),
    ('[开发区]与', 'zone:guangzhou-etdz'),
    ('[新一代信息技术产业]。', 'cluster:new-generation-it'),
    ('[新型显示]、', 'cluster:new-display'),
    ('[集成电路]、', 'cluster:integrated-circuits'),
    ('[智能传感器]三', 'cluster:smart-sensors'),
    ('[广州华曜显示科技有限公司]、', 'company:guangzhou-huayao-display'),
    ('[晶屏光学]等', 'company:jingping-optics'),
    ('[新型显示]骨', 'cluster:new-display'),
    ('[华曜8.6代OLED面板生产线]设', 'project:huayao-gen8-6-oled-line'),
    ('[穗晶半导体]投', 'company:suijing-semiconductor'),
    ('[穗晶12英寸特色工艺产线二期]年', 'project:suijing-12inch-line-phase2'),
    ('[广州明昇MEMS传感技术有限公司]与', 'company:guangzhou-mingsheng-mems'),
    ('[华曜显示]共', 'company:guangzhou-huayao-display'),
    ('[新一代信息技术产业]产', 'cluster:new-generation-it'),
    ('[汽车产业]。', 'cluster:automobile'),
    ('[新能源汽车]和', 'cluster:new-energy-vehicles'),
    ('[智能网联汽车]为', 'cluster:intelligent-connected-vehicles'),
    ('[骐跃汽车年产20万辆新能源整车项目]二', 'project:qiyue-200k-nev-vehicle'),
    ('[广州骐跃汽车有限公司]加', 'company:guangzhou-qiyue-auto'),
    ('[德尔曼汽车电子（广州）有限公司]、', 'company:delman-auto-electronics-guangzhou'),
    ('[广州锐驰底盘系统有限公司]等', 'company:guangzhou-ruichi-chassis'),
    ('[汽车零部件]企', 'cluster:auto-parts'),
    ('[生物医药产业]能', 'cluster:biomedicine'),
    ('[广州科学城]布', 'zone:guangzhou-science-city'),
    ('[康衡生物]、', 'company:kangheng-bio'),
    ('[广州禾诺医药科技有限公司]等', 'company:guangzhou-henuo-pharma'),
    ('[生物医药]企', 'cluster:biomedicine'),
    ('[康衡生物大分子药物产业化基地]竣', 'project:kangheng-biologics-base'),
    ('[新材料]和', 'cluster:new-materials'),
    ('[新能源]两', 'cluster:new-energy'),
    ('[粤恒新材料股份有限公司]在', 'company:yueheng-new-materials'),
    ('[知识城]建', 'zone:sino-singapore-guangzhou-knowledge-city'),
    ('[粤恒高性能光学膜项目]，', 'project:yueheng-optical-film'),
    ('[广州粤恒光电膜有限公司]负', 'company:guangzhou-yueheng-film'),
    ('[中新广州知识城]和', 'zone:sino-singapore-guangzhou-knowledge-city'),
    ('[广州科学城]是', 'zone:guangzhou-science-city'),
    ('[开发区]的', 'zone:guangzhou-etdz'),
    ('[中新广州知识城]开', 'zone:sino-singapore-guangzhou-knowledge-city'),
    ('[知识城]新', 'zone:sino-singapore-guangzhou-knowledge-city'),
    ('[广州诺瓦智造科技有限公司]投', 'company:guangzhou-nuowa-zhizao'),
    ('[诺瓦AI工业软件研发中心]主', 'project:nuowa-ai-industrial-software-rd-center'),
    ('[广州科学城]更', 'zone:guangzhou-science-city'),
    ('[科学城]低', 'zone:guangzhou-science-city'),
    ('[新型显示]、', 'cluster:new-display'),
    ('[汽车零部件]等', 'cluster:auto-parts'),
    ('[开发区]政', 'zone:guangzhou-etdz'),
    ('[广州开发区]管', 'zone:guangzhou-etdz'),
]

MENTIONS['d02_chongqing.txt'] = [
    ('[两江新区]一', 'zone:chongqing-liangjiang'),
    ('[重庆两江新区]2', 'zone:chongqing-liangjiang'),
    ('[龙兴新城]举', 'zone:liangjiang-longxing'),
    ('[汽车产业]、', 'cluster:automobile'),
    ('[电子信息]、', 'cluster:electronic-information'),
    ('[高端装备]、', 'cluster:high-end-equipment-manufacturing'),
    ('[生物医药]、', 'cluster:biomedicine'),
    ('[数字经济]等', 'cluster:digital-economy'),
    ('[新区]本', 'zone:chongqing-liangjiang'),
    ('[龙兴新城]的', 'zone:liangjiang-longxing'),
    ('[渝川汽车年产30万辆智能电动整车项目]体', 'project:yuchuan-300k-smart-ev'),
    ('[重庆渝川汽车有限公司]投', 'company:chongqing-yuchuan-auto'),
    ('[重庆擎锋动力电池有限公司]的', 'company:chongqing-qingfeng-power-battery'),
    ('[擎锋年产20GWh动力电池项目一期]，', 'project:qingfeng-20gwh-battery-phase1'),
    ('[两江科达热管理系统项目]，', 'project:liangjiang-keda-thermal-management'),
    ('[重庆科达汽车空调有限公司]。', 'company:chongqing-keda-auto-ac'),
    ('[擎锋动力]是', 'company:chongqing-qingfeng-power-battery'),
    ('[渝川汽车]的', 'company:chongqing-yuchuan-auto'),
    ('[电子信息]板', 'cluster:electronic-information'),
    ('[宝晟精密电子（重庆）有限公司]投', 'company:baosheng-precision-chongqing'),
    ('[宝晟智能终端结构件扩产项目]在', 'project:baosheng-terminal-structural-parts-expansion'),
    ('[鱼复新城]破', 'zone:liangjiang-yufu'),
    ('[两江数字经济产业园]的', 'zone:liangjiang-digital-economy-park'),
    ('[云峦西南智算中心]同', 'project:yunluan-southwest-computing-center'),
    ('[重庆云峦智算科技有限公司]投', 'company:chongqing-yunluan-computing'),
    ('[北京云峦数据科技有限公司]的', 'company:beijing-yunluan-data'),
    ('[云峦智算]还', 'company:chongqing-yunluan-computing'),
    ('[重庆渝江产业投资有限公司]签', 'company:chongqing-yujiang-industry-investment'),
    ('[生物医药]和', 'cluster:biomedicine'),
    ('[高端装备]项', 'cluster:high-end-equipment-manufacturing'),
    ('[重庆莱博生物技术有限公司]投', 'company:chongqing-laibo-biotech'),
    ('[莱博重组蛋白药物生产基地]落', 'project:laibo-recombinant-protein-base'),
    ('[新区]，', 'zone:chongqing-liangjiang'),
    ('[重庆长巍重工集团有限公司]旗', 'company:chongqing-changwei-heavy-industry-group'),
    ('[长巍智能装备有限公司]在', 'company:changwei-intelligent-equipment'),
    ('[两江新区]建', 'zone:chongqing-liangjiang'),
    ('[长巍盾构机再制造基地]，', 'project:changwei-tbm-remanufacturing-base'),
    ('[龙兴新城]和', 'zone:liangjiang-longxing'),
    ('[鱼复新城]位', 'zone:liangjiang-yufu'),
    ('[两江新区]东', 'zone:chongqing-liangjiang'),
    ('[新区]汽', 'zone:chongqing-liangjiang'),
    ('[装备制造]的', 'cluster:equipment-manufacturing'),
    ('[两江数字经济产业园]地', 'zone:liangjiang-digital-economy-park'),
    ('[新区]中', 'zone:chongqing-liangjiang'),
    ('[数字经济]企', 'cluster:digital-economy'),
    ('[重庆星衍信息技术有限公司]、', 'company:chongqing-xingyan-it'),
    ('[渝数科技]等', 'company:yushu-tech'),
    ('[新区]现', 'zone:chongqing-liangjiang'),
    ('[智途L4自动驾驶研发中心]、', 'project:zhitu-l4-autonomous-driving-rd-center'),
    ('[博安药业西南分装中心]、', 'project:boan-southwest-packaging-center'),
    ('[飞屿eVTOL总装项目]等', 'project:feiyu-evtol-final-assembly'),
    ('[智途L4自动驾驶研发中心]由', 'project:zhitu-l4-autonomous-driving-rd-center'),
    ('[上海智途科技有限公司]投', 'company:shanghai-zhitu-tech'),
    ('[新区]开', 'zone:chongqing-liangjiang'),
    ('[博安药业]则', 'company:boan-pharma'),
    ('[两江新区]。', 'zone:chongqing-liangjiang'),
    ('[新区]推', 'zone:chongqing-liangjiang'),
    ('[新区]还', 'zone:chongqing-liangjiang'),
    ('[两江新区]相', 'zone:chongqing-liangjiang'),
    ('[新区]将', 'zone:chongqing-liangjiang'),
    ('[新能源汽车]、', 'cluster:new-energy-vehicles'),
    ('[电子信息]和', 'cluster:electronic-information'),
    ('[生物医药]这', 'cluster:biomedicine'),
    ('[数字经济]和', 'cluster:digital-economy'),
    ('[低空经济]两', 'cluster:low-altitude-economy'),
]

MENTIONS['d03_changchun.txt'] = [
    ('[江苏锐拓汽车科技股份有限公司]关', 'company:jiangsu-ruituo-auto-tech'),
    ('[锐拓科技]\u3000', 'company:jiangsu-ruituo-auto-tech'),
    ('[年产60万套新能源汽车热管理系统项目]（', 'project:ruituo-600k-nev-thermal-management'),
    ('[锐拓汽车科技（长春）有限公司]（', 'company:ruituo-auto-tech-changchun'),
    ('[江苏锐拓汽车科技股份有限公司]（', 'company:jiangsu-ruituo-auto-tech'),
    ('[锐拓科技]”', 'company:jiangsu-ruituo-auto-tech'),
    ('[长春汽车经济技术开发区]管', 'zone:changchun-auto-etdz'),
    ('[长春汽开区]投', 'zone:changchun-auto-etdz'),
    ('[年产60万套新能源汽车热管理系统项目]。', 'project:ruituo-600k-nev-thermal-management'),
    ('[长春汽车经济技术开发区]管', 'zone:changchun-auto-etdz'),
    ('[年产60万套新能源汽车热管理系统项目]\n', 'project:ruituo-600k-nev-thermal-management'),
    ('[长春汽开区]，', 'zone:changchun-auto-etdz'),
    ('[锐拓汽车科技（长春）有限公司]\n', 'company:ruituo-auto-tech-changchun'),
    ('[锐拓汽车科技（长春）有限公司]\n', 'company:ruituo-auto-tech-changchun'),
    ('[长春汽车经济技术开发区]\n', 'zone:changchun-auto-etdz'),
    ('[锐拓科技]以', 'company:jiangsu-ruituo-auto-tech'),
    ('[长春汽开区]是', 'zone:changchun-auto-etdz'),
    ('[汽车产业]基', 'cluster:automobile'),
    ('[汽开区]正', 'zone:changchun-auto-etdz'),
    ('[新能源汽车]、', 'cluster:new-energy-vehicles'),
    ('[智能网联汽车]、', 'cluster:intelligent-connected-vehicles'),
    ('[汽车零部件]三', 'cluster:auto-parts'),
    ('[汽车产业集群]，', 'cluster:automobile'),
    ('[长春骏驰汽车有限公司]等', 'company:changchun-junchi-auto'),
    ('[吉林华宇座椅系统有限公司]、', 'company:jilin-huayu-seating-systems'),
    ('[长春恒泰精工有限公司]等', 'company:changchun-hengtai-precision'),
    ('[汽车零部件]企', 'cluster:auto-parts'),
    ('[汽车零部件]领', 'cluster:auto-parts'),
    ('[长春骏驰汽车有限公司]签', 'company:changchun-junchi-auto'),
    ('[汽开区]实', 'zone:changchun-auto-etdz'),
    ('[江苏锐拓控股集团有限公司]，', 'company:jiangsu-ruituo-holding-group'),
    ('[江苏锐拓汽车科技股份有限公司]董', 'company:jiangsu-ruituo-auto-tech'),
]

MENTIONS['d04_nanchang.txt'] = [
    ('[南昌高新技术产业开发区]简', 'zone:nanchang-hitech'),
    ('[南昌高新技术产业开发区]（', 'zone:nanchang-hitech'),
    ('[南昌高新区]”', 'zone:nanchang-hitech'),
    ('[高新区]实', 'zone:nanchang-hitech'),
    ('[高新区]已', 'zone:nanchang-hitech'),
    ('[电子信息]为', 'cluster:electronic-information'),
    ('[生物医药]、', 'cluster:biomedicine'),
    ('[航空装备]、', 'cluster:aviation'),
    ('[新材料]为', 'cluster:new-materials'),
    ('[软件和信息服务业]为', 'cluster:software-info-services'),
    ('[电子信息]\n', 'cluster:electronic-information'),
    ('[电子信息]是', 'cluster:electronic-information'),
    ('[高新区]的', 'zone:nanchang-hitech'),
    ('[江西联睿光电股份有限公司]、', 'company:jiangxi-lianrui-optoelectronics'),
    ('[晶澜LED科技（南昌）有限公司]、', 'company:jinglan-led-nanchang'),
    ('[洪芯半导体]为', 'company:hongxin-semiconductor'),
    ('[电子信息]企', 'cluster:electronic-information'),
    ('[联睿光电]与', 'company:jiangxi-lianrui-optoelectronics'),
    ('[晶澜LED]共', 'company:jinglan-led-nanchang'),
    ('[联睿Micro LED中试线]已', 'project:lianrui-microled-pilot-line'),
    ('[生物医药]\n', 'cluster:biomedicine'),
    ('[高新区]集', 'zone:nanchang-hitech'),
    ('[江西仁康药业股份有限公司]、', 'company:jiangxi-renkang-pharma'),
    ('[南昌赣生生物科技有限公司]等', 'company:nanchang-gansheng-biotech'),
    ('[生物医药]企', 'cluster:biomedicine'),
    ('[江西仁康中药饮片有限公司]是', 'company:jiangxi-renkang-tcm-pieces'),
    ('[仁康药业]旗', 'company:jiangxi-renkang-pharma'),
    ('[航空装备]\n', 'cluster:aviation'),
    ('[南昌航空城]位', 'zone:nanchang-aviation-city'),
    ('[高新区]瑶', 'zone:nanchang-hitech'),
    ('[航空产业]的', 'cluster:aviation'),
    ('[江西洪翼航空科技有限公司]、', 'company:jiangxi-hongyi-aviation'),
    ('[南昌翼云航空材料有限公司]等', 'company:nanchang-yiyun-aero-materials'),
    ('[航空装备]企', 'cluster:aviation'),
    ('[航空城]集', 'zone:nanchang-aviation-city'),
    ('[洪翼航空]投', 'company:jiangxi-hongyi-aviation'),
    ('[洪翼无人机总装基地]于', 'project:hongyi-drone-final-assembly-base'),
    ('[新材料]\n', 'cluster:new-materials'),
    ('[新材料产业]以', 'cluster:new-materials'),
    ('[江西鑫瑞新材料科技有限公司]是', 'company:jiangxi-xinrui-new-materials'),
    ('[新材料]领', 'cluster:new-materials'),
    ('[鑫瑞高纯溅射靶材项目二期]正', 'project:xinrui-sputtering-target-phase2'),
    ('[软件和信息服务业]\n', 'cluster:software-info-services'),
    ('[高新区]是', 'zone:nanchang-hitech'),
    ('[软件和信息服务业]集', 'cluster:software-info-services'),
    ('[南昌云启数智科技有限公司]、', 'company:nanchang-yunqi-shuzhi'),
    ('[灵境VR]等', 'company:lingjing-vr'),
    ('[虚拟现实]、', 'cluster:virtual-reality'),
    ('[工业软件]等', 'cluster:industrial-software'),
    ('[灵境VR]是', 'company:lingjing-vr'),
    ('[虚拟现实]内', 'cluster:virtual-reality'),
    ('[云启数智]签', 'company:nanchang-yunqi-shuzhi'),
    ('[瑶湖科技岛]是', 'zone:nanchang-yaohu-science-island'),
    ('[高新区]的', 'zone:nanchang-hitech'),
    ('[联睿光电]总', 'company:jiangxi-lianrui-optoelectronics'),
    ('[瑶湖科技岛]。', 'zone:nanchang-yaohu-science-island'),
    ('[南昌航空城]重', 'zone:nanchang-aviation-city'),
    ('[高新区]每', 'zone:nanchang-hitech'),
    ('[高新区]力', 'zone:nanchang-hitech'),
    ('[电子信息产业]规', 'cluster:electronic-information'),
    ('[虚拟现实产业]高', 'cluster:virtual-reality'),
    ('[高新区]管', 'zone:nanchang-hitech'),
    ('[高新区]火', 'zone:nanchang-hitech'),
]

MENTIONS['d05_jinan.txt'] = [
    ('[济南高新技术产业开发区]\n', 'zone:jinan-hitech'),
    ('[济南高新区]全', 'zone:jinan-hitech'),
    ('[电子信息]、', 'cluster:electronic-information'),
    ('[生物医药]、', 'cluster:biomedicine'),
    ('[智能装备]三', 'cluster:intelligent-equipment'),
    ('[电子信息产业]规', 'cluster:electronic-information'),
    ('[齐鲁软件园]是', 'zone:qilu-software-park'),
    ('[高新区]软', 'zone:jinan-hitech'),
    ('[软件和信息服务业]的', 'cluster:software-info-services'),
    ('[山东泉云信息技术股份有限公司]、', 'company:shandong-quanyun-it'),
    ('[济南数擎软件有限公司]等', 'company:jinan-shuqing-software'),
    ('[生物医药]领', 'cluster:biomedicine'),
    ('[山东鲁康医疗器械有限公司]、', 'company:shandong-lukang-medical-devices'),
    ('[济南百灵生物]等', 'company:jinan-bailing-bio'),
    ('[医疗器械]产', 'cluster:medical-devices'),
    ('[高新区]新', 'zone:jinan-hitech'),
    ('[泉云信创产业园二期]、', 'project:quanyun-xinchuang-park-phase2'),
    ('[鲁康医疗器械产业化基地]等', 'project:lukang-medical-devices-industrialization-base'),
    ('[鲁康医疗器械产业化基地]由', 'project:lukang-medical-devices-industrialization-base'),
    ('[山东鲁康医疗器械有限公司]投', 'company:shandong-lukang-medical-devices'),
    ('[济南新旧动能转换起步区]\n', 'zone:jinan-qibu-area'),
    ('[起步区]是', 'zone:jinan-qibu-area'),
    ('[新能源汽车]和', 'cluster:new-energy-vehicles'),
    ('[高端装备]为', 'cluster:high-end-equipment-manufacturing'),
    ('[氢能]、', 'cluster:hydrogen'),
    ('[低空经济]等', 'cluster:low-altitude-economy'),
    ('[济南擎宇新能源汽车有限公司]投', 'company:jinan-qingyu-nev'),
    ('[擎宇汽车整车基地二期]于', 'project:qingyu-vehicle-base-phase2'),
    ('[起步区]投', 'zone:jinan-qibu-area'),
    ('[擎宇汽车]是', 'company:jinan-qingyu-nev'),
    ('[起步区]整', 'zone:jinan-qibu-area'),
    ('[氢能]企', 'cluster:hydrogen'),
    ('[擎航氢动力科技有限公司]投', 'company:qinghang-hydrogen-power'),
    ('[擎航燃料电池发动机项目]完', 'project:qinghang-fuel-cell-engine-project'),
    ('[擎宇汽车]批', 'company:jinan-qingyu-nev'),
    ('[起步区]加', 'zone:jinan-qibu-area'),
    ('[起步区]里', 'zone:jinan-qibu-area'),
    ('[明水经济技术开发区]\n', 'zone:mingshui-etdz'),
    ('[明水经开区]是', 'zone:mingshui-etdz'),
    ('[汽车零部件]、', 'cluster:auto-parts'),
    ('[装备制造]两', 'cluster:equipment-manufacturing'),
    ('[山东明驰重工集团有限公司]旗', 'company:shandong-mingchi-heavy-industry-group'),
    ('[明驰液压科技有限公司]在', 'company:mingchi-hydraulics'),
    ('[明水经开区]投', 'zone:mingshui-etdz'),
    ('[明驰液压油缸扩产项目]，', 'project:mingchi-hydraulic-cylinder-expansion'),
    ('[明水经开区]全', 'zone:mingshui-etdz'),
    ('[汽车零部件]本', 'cluster:auto-parts'),
    ('[高新区]与', 'zone:jinan-hitech'),
    ('[起步区]建', 'zone:jinan-qibu-area'),
    ('[山东泰晟智能装备股份有限公司]是', 'company:shandong-taisheng-intelligent-equipment'),
    ('[高新区]，', 'zone:jinan-hitech'),
    ('[起步区]，', 'zone:jinan-qibu-area'),
    ('[泰晟智能装备]又', 'company:shandong-taisheng-intelligent-equipment'),
    ('[擎宇汽车]签', 'company:jinan-qingyu-nev'),
    ('[济南高新区]管', 'zone:jinan-hitech'),
    ('[起步区]管', 'zone:jinan-qibu-area'),
    ('[明水经开区]管', 'zone:mingshui-etdz'),
]

MENTIONS['d06_guian.txt'] = [
    ('[贵安新区]管', 'zone:guizhou-guian-new-area'),
    ('[贵州贵安新区]已', 'zone:guizhou-guian-new-area'),
    ('[新区]把', 'zone:guizhou-guian-new-area'),
    ('[算力产业]作', 'cluster:computing-power'),
    ('[贵安新区]管', 'zone:guizhou-guian-new-area'),
    ('[新区]算', 'zone:guizhou-guian-new-area'),
    ('[算力产业]，', 'cluster:computing-power'),
    ('[电子信息制造]和', 'cluster:electronic-information'),
    ('[软件和信息服务]。', 'cluster:software-info-services'),
    ('[新区]重', 'zone:guizhou-guian-new-area'),
    ('[人工智能]，', 'cluster:artificial-intelligence'),
    ('[贵州黔云智算科技有限公司]。', 'company:guizhou-qianyun-computing'),
    ('[黔云智算]是', 'company:guizhou-qianyun-computing'),
    ('[深圳云岭数科集团有限公司]的', 'company:shenzhen-yunling-digital-group'),
    ('[新区]，', 'zone:guizhou-guian-new-area'),
    ('[黔云贵安智算中心]去', 'project:qianyun-guian-computing-center'),
    ('[贵安汇远服务器有限公司]就', 'company:guian-huiyuan-server'),
    ('[汇远]在', 'company:guian-huiyuan-server'),
    ('[新区]下', 'zone:guizhou-guian-new-area'),
    ('[贵安综合保税区]建', 'zone:guian-comprehensive-bonded-zone'),
    ('[汇远服务器生产线二期]今', 'project:huiyuan-server-production-line-phase2'),
    ('[黔云智算]。', 'company:guizhou-qianyun-computing'),
    ('[黔云智算]在', 'company:guizhou-qianyun-computing'),
    ('[黔云智算]在', 'company:guizhou-qianyun-computing'),
    ('[新区]和', 'zone:guizhou-guian-new-area'),
    ('[贵阳高新区]两', 'zone:guiyang-hitech'),
    ('[黔云算法研发中心]则', 'project:qianyun-algorithm-rd-center'),
    ('[贵阳国家高新技术产业开发区]的', 'zone:guiyang-hitech'),
    ('[沙文生态科技产业园]，', 'zone:guiyang-shawen-park'),
    ('[沙文生态科技产业园]看', 'zone:guiyang-shawen-park'),
    ('[高新区]近', 'zone:guiyang-hitech'),
    ('[贵阳领航软件有限公司]、', 'company:guiyang-linghang-software'),
    ('[贵州数智大数据产业有限公司]等', 'company:guizhou-shuzhi-data'),
    ('[软件和信息服务]企', 'cluster:software-info-services'),
    ('[高新区]管', 'zone:guiyang-hitech'),
    ('[高新区]聚', 'zone:guiyang-hitech'),
    ('[大数据产业]和', 'cluster:big-data'),
    ('[电子信息]两', 'cluster:electronic-information'),
    ('[领航软件]已', 'company:guiyang-linghang-software'),
    ('[黔云智算]签', 'company:guizhou-qianyun-computing'),
    ('[电子信息制造]这', 'cluster:electronic-information'),
    ('[新区]电', 'zone:guizhou-guian-new-area'),
    ('[电子信息制造业]产', 'cluster:electronic-information'),
    ('[贵州黔芯电子有限公司]这', 'company:guizhou-qianxin-electronics'),
    ('[黔芯电子]与', 'company:guizhou-qianxin-electronics'),
    ('[汇远]签', 'company:guian-huiyuan-server'),
    ('[新区]怎', 'zone:guizhou-guian-new-area'),
    ('[新区]对', 'zone:guizhou-guian-new-area'),
    ('[新区]实', 'zone:guizhou-guian-new-area'),
    ('[新区]力', 'zone:guizhou-guian-new-area'),
    ('[电子信息制造业]产', 'cluster:electronic-information'),
]

UNCERTAIN_MENTIONS['d03_changchun.txt'] = [
    ('经营范围：[汽车零部件]及配件制造', 'cluster:auto-parts', 'business-scope line (经营范围: 汽车零部件及配件制造): a line of business, not the firm\'s or the zone\'s industry'),
    ('；[汽车零部件]研发；', 'cluster:auto-parts', 'business-scope line (经营范围: 汽车零部件研发)'),
]
_PARK = 'bare 园区 (the tool lists it as a pronoun with mention=no; the held-out set keeps such uses uncertain)'
UNCERTAIN_MENTIONS['d02_chongqing.txt'] = [
    ('渝数科技等，[园区]企业总数', 'zone:liangjiang-digital-economy-park', _PARK + '; here it means the sub-park 两江数字经济产业园'),
]
UNCERTAIN_MENTIONS['d04_nanchang.txt'] = [
    ('【[园区]概况】', 'zone:nanchang-hitech', _PARK + '; a heading of the zone\'s own profile page'),
    ('显示模组、[智能终端]等环节', '(new) cluster 智能终端 (bundled cluster:smart-terminals)', 'value-chain link (环节) of 电子信息, listed with LED芯片 and 显示模组; not in this dictionary'),
]
_GA_BARE = 'bare place name 贵安: the new area or the place; the article names 贵州贵安新区 / 贵安新区 (cf. bare 钱塘 in dev2)'
UNCERTAIN_MENTIONS['d06_guian.txt'] = [
    ('大家说[贵安]是', 'zone:guizhou-guian-new-area', _GA_BARE),
    ('之一，[贵安]的产业定位', 'zone:guizhou-guian-new-area', _GA_BARE),
    ('要让来[贵安]的企业', 'zone:guizhou-guian-new-area', _GA_BARE),
]

# ---------------------------------------------------------------- relations
RELATIONS = []
UNCERTAIN_RELATIONS = []
def R(h, r, t, f, ev, scope): RELATIONS.append((h, r, t, f, ev, scope))
def U(h, r, t, f, ev, note): UNCERTAIN_RELATIONS.append((h, r, t, f, ev, note))
C = lambda s: 'company:' + s
P = lambda s: 'project:' + s
K_ = lambda s: 'cluster:' + s

# ---- d01 广州开发区 (the zone's annual work plan)
f = 'd01_guangzhou.txt'; Z = 'zone:guangzhou-etdz'; KC = 'zone:sino-singapore-guangzhou-knowledge-city'; SC = 'zone:guangzhou-science-city'
_doc = 'document (title names the zone; an item of the zone\'s own work plan, as h04)'
R(Z, 'focuses_on', K_('new-generation-it'), f, ['（一）做强新一代信息技术产业。'], _doc + ': 做强X产业')
s = ['围绕新型显示、集成电路、智能传感器三个方向强链补链']
for c in ('new-display', 'integrated-circuits', 'smart-sensors'):
    R(Z, 'focuses_on', K_(c), f, s, _doc + ': 围绕X、Y、Z三个方向强链补链')
R(Z, 'focuses_on', K_('automobile'), f, ['（二）壮大汽车产业。'], _doc + ': 壮大X产业')
s = ['坚持以新能源汽车和智能网联汽车为主攻方向']
for c in ('new-energy-vehicles', 'intelligent-connected-vehicles'):
    R(Z, 'focuses_on', K_(c), f, s, _doc + ': 以X和Y为主攻方向')
R(Z, 'focuses_on', K_('biomedicine'), f, ['（三）提升生物医药产业能级。'], _doc + ': 提升X产业能级')
s = ['（四）培育新材料和新能源两大新兴产业。']
for c in ('new-materials', 'new-energy'):
    R(Z, 'focuses_on', K_(c), f, s, _doc + ': 培育…两大新兴产业')
R(Z, 'focuses_on', K_('auto-parts'), f, ['聚焦新型显示、汽车零部件等产业链开展精准招商'], _doc + ': 聚焦X、Y等产业链开展精准招商')
s = ['支持广州华曜显示科技有限公司、晶屏光学等新型显示骨干企业扩大高世代面板产能']
for c in ('guangzhou-huayao-display', 'jingping-optics'):
    R(C(c), 'member_of', K_('new-display'), f, s, 'clause (A、B等X骨干企业)')
R(C('guangzhou-huayao-display'), 'owns', P('huayao-gen8-6-oled-line'), f, ['加快华曜8.6代OLED面板生产线设备搬入'], 'firm name embedded in project name (华曜; the firm is also stand-alone in d01 as 广州华曜显示科技有限公司 / 华曜显示)')
s = ['推动穗晶半导体投资的穗晶12英寸特色工艺产线二期年内满产']
R(C('suijing-semiconductor'), 'owns', P('suijing-12inch-line-phase2'), f, s, 'clause (A投资的B)')
R(C('guangzhou-mingsheng-mems'), 'partners_with', C('guangzhou-huayao-display'), f, ['引导广州明昇MEMS传感技术有限公司与华曜显示共建车载显示联合实验室'], 'clause (A与B共建…联合实验室)')
R(C('guangzhou-qiyue-auto'), 'owns', P('qiyue-200k-nev-vehicle'), f, ['推动骐跃汽车年产20万辆新能源整车项目二期开工'], 'firm name embedded in project name (骐跃汽车; 广州骐跃汽车有限公司 is stand-alone in d01)')
s = ['带动德资企业德尔曼汽车电子（广州）有限公司、广州锐驰底盘系统有限公司等一批汽车零部件企业就近配套']
for c in ('delman-auto-electronics-guangzhou', 'guangzhou-ruichi-chassis'):
    R(C(c), 'member_of', K_('auto-parts'), f, s, 'clause (A、B等一批X企业)')
s = ['支持康衡生物、广州禾诺医药科技有限公司等生物医药企业开展创新药临床研究']
for c in ('kangheng-bio', 'guangzhou-henuo-pharma'):
    R(C(c), 'member_of', K_('biomedicine'), f, s, 'clause (A、B等X企业)')
R(C('kangheng-bio'), 'owns', P('kangheng-biologics-base'), f, ['加快康衡生物大分子药物产业化基地竣工验收'], 'firm name embedded in project name (康衡生物 also stand-alone in d01)')
s = ['支持粤恒新材料股份有限公司在知识城建设粤恒高性能光学膜项目，由其全资子公司广州粤恒光电膜有限公司负责运营']
R(C('yueheng-new-materials'), 'owns', P('yueheng-optical-film'), f, s, 'clause (A在Z建设B)')
R(C('guangzhou-yueheng-film'), 'subsidiary_of', C('yueheng-new-materials'), f, s, 'sentence (其全资子公司B; 其 = 粤恒新材料股份有限公司)')
s = ['中新广州知识城和广州科学城是开发区的两大核心平台']
R(KC, 'located_in', Z, f, s, 'clause (A和B是Z的两大核心平台: sub-parks of the zone)')
R(SC, 'located_in', Z, f, s, 'clause (A和B是Z的两大核心平台: sub-parks of the zone)')
R(C('guangzhou-nuowa-zhizao'), 'owns', P('nuowa-ai-industrial-software-rd-center'), f, ['由广州诺瓦智造科技有限公司投资建设的诺瓦AI工业软件研发中心'], 'clause (由A投资建设的B)')
_plan = 'item of the zone\'s own work plan (as h04 and seed 003: every item in the plan is uncertain for located_in)'
U(P('yueheng-optical-film'), 'located_in', KC, f, ['支持粤恒新材料股份有限公司在知识城建设粤恒高性能光学膜项目'], _plan + '; the item names the sub-park')
U(P('nuowa-ai-industrial-software-rd-center'), 'located_in', KC, f, ['全年知识城新引进重点项目30个以上。加快由广州诺瓦智造科技有限公司投资建设的诺瓦AI工业软件研发中心主体施工'], _plan + '; under the 知识城 heading')
for p_, ev in (('huayao-gen8-6-oled-line', '加快华曜8.6代OLED面板生产线设备搬入'), ('suijing-12inch-line-phase2', '推动穗晶半导体投资的穗晶12英寸特色工艺产线二期年内满产'),
               ('qiyue-200k-nev-vehicle', '推动骐跃汽车年产20万辆新能源整车项目二期开工'), ('kangheng-biologics-base', '加快康衡生物大分子药物产业化基地竣工验收')):
    U(P(p_), 'located_in', Z, f, [ev], _plan)
for c, ev in (('guangzhou-huayao-display', '支持广州华曜显示科技有限公司、晶屏光学等新型显示骨干企业'), ('guangzhou-qiyue-auto', '支持广州骐跃汽车有限公司加快新车型投放'),
              ('delman-auto-electronics-guangzhou', '带动德资企业德尔曼汽车电子（广州）有限公司'), ('kangheng-bio', '支持康衡生物、广州禾诺医药科技有限公司等生物医药企业')):
    U(C(c), 'located_in', Z, f, [ev], _plan)
U(C('guangzhou-yueheng-film'), 'owns', P('yueheng-optical-film'), f, ['由其全资子公司广州粤恒光电膜有限公司负责运营'], 'operator (负责运营), not owner, investor or builder')
U(C('guangzhou-qiyue-auto'), 'member_of', K_('new-energy-vehicles'), f, ['支持广州骐跃汽车有限公司加快新车型投放'], 'the firm stands under the 汽车产业 item with 新能源汽车 as its 主攻方向; not stated for the firm')

# ---- d02 两江新区 (groundbreaking and signing report)
f = 'd02_chongqing.txt'; Z = 'zone:chongqing-liangjiang'; LX = 'zone:liangjiang-longxing'; YF = 'zone:liangjiang-yufu'; DEP = 'zone:liangjiang-digital-economy-park'
s = ['新区将聚焦新能源汽车、电子信息和生物医药这三大主导产业，加快培育数字经济和低空经济两大新兴产业']
for c in ('new-energy-vehicles', 'electronic-information', 'biomedicine'):
    R(Z, 'focuses_on', K_(c), f, s, 'sentence (聚焦…三大主导产业)')
for c in ('digital-economy', 'low-altitude-economy'):
    R(Z, 'focuses_on', K_(c), f, s, 'sentence (加快培育…两大新兴产业)')
s = ['位于龙兴新城的渝川汽车年产30万辆智能电动整车项目体量最大，由重庆渝川汽车有限公司投资120亿元建设']
R(P('yuchuan-300k-smart-ev'), 'located_in', LX, f, s, 'clause (位于Z的B)')
R(C('chongqing-yuchuan-auto'), 'owns', P('yuchuan-300k-smart-ev'), f, s, 'sentence (B…由A投资N亿元建设)')
p = ['在新区本批开工的汽车项目中']
R(P('qingfeng-20gwh-battery-phase1'), 'located_in', Z, f, p + ['同日开工的还有重庆擎锋动力电池有限公司的擎锋年产20GWh动力电池项目一期'], 'paragraph (在新区本批开工的汽车项目中 frames the paragraph; 同日开工的还有B)')
R(P('liangjiang-keda-thermal-management'), 'located_in', Z, f, p + ['以及两江科达热管理系统项目'], 'paragraph (在新区本批开工的汽车项目中 … 以及B)')
R(C('chongqing-qingfeng-power-battery'), 'owns', P('qingfeng-20gwh-battery-phase1'), f, ['重庆擎锋动力电池有限公司的擎锋年产20GWh动力电池项目一期'], 'clause (A的B)')
R(C('chongqing-keda-auto-ac'), 'owns', P('liangjiang-keda-thermal-management'), f, ['以及两江科达热管理系统项目，后者的业主为重庆科达汽车空调有限公司'], 'clause (后者的业主为A: owner)')
R(C('chongqing-qingfeng-power-battery'), 'subsidiary_of', C('chongqing-yuchuan-auto'), f, ['擎锋动力是渝川汽车的控股子公司'], 'clause (B是A的控股子公司)')
s = ['宝晟精密电子（重庆）有限公司投资18亿元的宝晟智能终端结构件扩产项目在鱼复新城破土动工']
R(C('baosheng-precision-chongqing'), 'owns', P('baosheng-terminal-structural-parts-expansion'), f, s, 'clause (A投资N亿元的B)')
R(P('baosheng-terminal-structural-parts-expansion'), 'located_in', YF, f, s, 'clause (B在Z破土动工)')
R(P('yunluan-southwest-computing-center'), 'located_in', DEP, f, ['位于两江数字经济产业园的云峦西南智算中心'], 'clause (位于Z的B)')
R(C('chongqing-yunluan-computing'), 'owns', P('yunluan-southwest-computing-center'), f, ['云峦西南智算中心同步开工，该项目由重庆云峦智算科技有限公司投资建设'], 'sentence (该项目由A投资建设; 该项目 = the project just named)')
R(C('chongqing-yunluan-computing'), 'subsidiary_of', C('beijing-yunluan-data'), f, ['该项目由重庆云峦智算科技有限公司投资建设，规划算力规模8000P。该公司是北京云峦数据科技有限公司的全资子公司'], 'two sentences (该公司 = the firm just named; B是A的全资子公司)')
R(C('chongqing-yunluan-computing'), 'partners_with', C('chongqing-yujiang-industry-investment'), f, ['云峦智算还与重庆渝江产业投资有限公司签署合作协议'], 'clause (A与B签署合作协议)')
s = ['重庆莱博生物技术有限公司投资的莱博重组蛋白药物生产基地落户新区']
R(C('chongqing-laibo-biotech'), 'owns', P('laibo-recombinant-protein-base'), f, s, 'clause (A投资的B)')
R(P('laibo-recombinant-protein-base'), 'located_in', Z, f, s, 'clause (B落户新区)')
s = ['重庆长巍重工集团有限公司旗下的长巍智能装备有限公司在两江新区建设长巍盾构机再制造基地']
R(C('changwei-intelligent-equipment'), 'subsidiary_of', C('chongqing-changwei-heavy-industry-group'), f, s, 'clause (A旗下的B)')
R(C('changwei-intelligent-equipment'), 'owns', P('changwei-tbm-remanufacturing-base'), f, s, 'clause (A在Z建设B)')
R(P('changwei-tbm-remanufacturing-base'), 'located_in', Z, f, s, 'clause (在两江新区建设B)')
s = ['龙兴新城和鱼复新城位于两江新区东部']
R(LX, 'located_in', Z, f, s, 'clause (A和B位于Z东部: sub-areas of the zone)')
R(YF, 'located_in', Z, f, s, 'clause (A和B位于Z东部: sub-areas of the zone)')
R(DEP, 'located_in', Z, f, ['两江数字经济产业园地处新区中部'], 'clause (A地处Z中部)')
s = ['今年以来新入驻数字经济企业86家，包括重庆星衍信息技术有限公司、渝数科技等']
for c in ('chongqing-xingyan-it', 'yushu-tech'):
    R(C(c), 'located_in', DEP, f, ['两江数字经济产业园地处新区中部，今年以来新入驻数字经济企业86家，包括重庆星衍信息技术有限公司、渝数科技等'], 'sentence (Z…新入驻X企业86家，包括A、B)')
    R(C(c), 'member_of', K_('digital-economy'), f, s, 'clause (X企业N家，包括A、B)')
s = ['新区现场签约项目15个、协议投资额212亿元，包括智途L4自动驾驶研发中心、博安药业西南分装中心、飞屿eVTOL总装项目等']
for p_ in ('zhitu-l4-autonomous-driving-rd-center', 'boan-southwest-packaging-center', 'feiyu-evtol-final-assembly'):
    R(P(p_), 'located_in', Z, f, s, 'clause (Z签约项目N个…包括B1、B2、B3)')
R(C('shanghai-zhitu-tech'), 'owns', P('zhitu-l4-autonomous-driving-rd-center'), f, ['其中智途L4自动驾驶研发中心由上海智途科技有限公司投资建设'], 'clause (B由A投资建设)')
R(C('boan-pharma'), 'owns', P('boan-southwest-packaging-center'), f, ['博安药业西南分装中心'], 'firm name embedded in project name (博安药业 also stand-alone in d02)')
R(C('boan-pharma'), 'located_in', Z, f, ['博安药业则计划把西南区域的冷链分装业务全部集中到两江新区'], 'clause (A计划把…业务集中到Z: future placement)')
U(P('yuchuan-300k-smart-ev'), 'located_in', Z, f, ['位于龙兴新城的渝川汽车年产30万辆智能电动整车项目体量最大'], 'placed in the sub-area 龙兴新城; the zone only via the batch paragraph and the sub-area (transitive)')
U(P('baosheng-terminal-structural-parts-expansion'), 'located_in', Z, f, ['宝晟智能终端结构件扩产项目在鱼复新城破土动工'], 'transitive via the sub-area 鱼复新城')
U(P('yunluan-southwest-computing-center'), 'located_in', Z, f, ['位于两江数字经济产业园的云峦西南智算中心同步开工'], 'transitive via the sub-park 两江数字经济产业园')
for c in ('chongqing-xingyan-it', 'yushu-tech'):
    U(C(c), 'located_in', Z, f, ['今年以来新入驻数字经济企业86家'], 'transitive via the sub-park 两江数字经济产业园')
U(C('baosheng-precision-chongqing'), 'located_in', YF, f, ['宝晟智能终端结构件扩产项目在鱼复新城破土动工'], 'only the firm\'s project is placed')
for c in ('chongqing-yuchuan-auto', 'chongqing-qingfeng-power-battery', 'chongqing-laibo-biotech', 'changwei-intelligent-equipment', 'shanghai-zhitu-tech'):
    U(C(c), 'located_in', Z, f, [{'chongqing-yuchuan-auto': '由重庆渝川汽车有限公司投资120亿元建设', 'chongqing-qingfeng-power-battery': '同日开工的还有重庆擎锋动力电池有限公司的',
        'chongqing-laibo-biotech': '重庆莱博生物技术有限公司投资的', 'changwei-intelligent-equipment': '长巍智能装备有限公司在两江新区建设',
        'shanghai-zhitu-tech': '将在新区开展城市道路测试'}[c]], 'only the firm\'s project is placed (智途: the project\'s road tests)')
U(C('chongqing-qingfeng-power-battery'), 'partners_with', C('chongqing-yuchuan-auto'), f, ['项目建成后将为整车基地就近供应电池包'], 'supply (供应电池包) inside a group; the subsidiary relation is gold')
U(C('chongqing-yujiang-industry-investment'), 'owns', P('yunluan-southwest-computing-center'), f, ['由后者负责数据中心机房的土建施工'], 'builder of part of the works (土建), through the pronoun 后者')
for c in ('automobile', 'high-end-equipment-manufacturing'):
    U(Z, 'focuses_on', K_(c), f, ['涵盖汽车产业、电子信息、高端装备、生物医药、数字经济等领域'], 'fields covered by the batch, not a stated target (the targets are in the last paragraph)')
U(C('changwei-intelligent-equipment'), 'member_of', K_('high-end-equipment-manufacturing'), f, ['生物医药和高端装备项目也在加快布局。'], 'the firm stands in the 高端装备 paragraph; not stated for the firm (智能装备 is only in its name)')

# ---- d03 锐拓科技 (listed company's announcement; 长春汽开区)
f = 'd03_changchun.txt'; Z = 'zone:changchun-auto-etdz'; RT = C('jiangsu-ruituo-auto-tech'); RTC = C('ruituo-auto-tech-changchun'); PR = P('ruituo-600k-nev-thermal-management')
s = ['拟以自有及自筹资金在长春汽开区投资建设年产60万套新能源汽车热管理系统项目']
R(RT, 'owns', PR, f, ['江苏锐拓汽车科技股份有限公司（以下简称“公司”或“锐拓科技”）于2025年4月22日'] + s, 'sentence (A…拟…在Z投资建设B)')
R(PR, 'located_in', Z, f, s, 'clause (在Z投资建设B; also 项目地点：长春汽开区)')
R(RTC, 'owns', PR, f, ['4.实施主体：锐拓汽车科技（长春）有限公司'], 'clause (section 三 on the project: 实施主体：A; cf. B由A负责实施)')
R(RTC, 'located_in', Z, f, ['注册地址：吉林省长春市长春汽车经济技术开发区'], 'clause (section 四 on the subsidiary: 注册地址：Z)')
R(RTC, 'subsidiary_of', RT, f, ['公司名称：锐拓汽车科技（长春）有限公司', '股权结构：锐拓科技以货币出资，持股100%'], 'paragraph (section 四, 拟设立全资子公司: 公司名称B … 股权结构：A持股100%)')
s = ['汽开区正围绕新能源汽车、智能网联汽车、汽车零部件三大方向打造世界级汽车产业集群']
for c in ('new-energy-vehicles', 'intelligent-connected-vehicles', 'auto-parts', 'automobile'):
    R(Z, 'focuses_on', K_(c), f, s, 'clause (Z正围绕X、Y、Z三大方向打造…产业集群)')
s = ['区内已集聚长春骏驰汽车有限公司等整车企业，以及吉林华宇座椅系统有限公司、长春恒泰精工有限公司等汽车零部件企业300余家']
for c in ('changchun-junchi-auto', 'jilin-huayu-seating-systems', 'changchun-hengtai-precision'):
    R(C(c), 'located_in', Z, f, s, 'clause (区内已集聚A…以及B、C; 区内 = 汽开区, the subject of the preceding clause)')
for c in ('jilin-huayu-seating-systems', 'changchun-hengtai-precision'):
    R(C(c), 'member_of', K_('auto-parts'), f, s, 'clause (A、B等X企业)')
R(RT, 'member_of', K_('auto-parts'), f, ['公司深耕汽车零部件领域二十余年'], 'clause (公司 = 锐拓科技 by the 以下简称 definition; 深耕X领域)')
R(RT, 'partners_with', C('changchun-junchi-auto'), f, ['公司已与长春骏驰汽车有限公司签署战略合作框架协议'], 'clause (A与B签署战略合作框架协议)')
R(RT, 'subsidiary_of', C('jiangsu-ruituo-holding-group'), f, ['公司控股股东为江苏锐拓控股集团有限公司'], 'clause (公司控股股东为A: the listed company is controlled by A)')
U(RT, 'located_in', Z, f, ['本项目落地后，公司可在汽开区实现对主要客户的同步研发和就近供货'], 'the parent operates in the zone through its subsidiary and project; not placed itself')
U(RT, 'partners_with', 'org:jilin-university', f, ['公司拟与吉林大学共建汽车热管理联合实验室'], 'partner is a university (organization), and the plan is only intended (拟)')
U(C('changchun-junchi-auto'), 'member_of', K_('automobile'), f, ['区内已集聚长春骏驰汽车有限公司等整车企业'], '整车企业 (a vehicle maker) names no cluster word')

# ---- d04 南昌高新区 (zone profile page)
f = 'd04_nanchang.txt'; Z = 'zone:nanchang-hitech'; YH = 'zone:nanchang-yaohu-science-island'; AC = 'zone:nanchang-aviation-city'
s = ['高新区已形成以电子信息为首位产业，生物医药、航空装备、新材料为主导产业，软件和信息服务业为特色产业的“1+3+1”现代产业体系']
for c in ('electronic-information', 'biomedicine', 'aviation', 'new-materials', 'software-info-services'):
    R(Z, 'focuses_on', K_(c), f, s, 'sentence (已形成以X为首位产业，…为主导产业，…为特色产业的产业体系; also 电子信息是高新区的首位产业)')
R(Z, 'focuses_on', K_('virtual-reality'), f, ['着力打造具有全国影响力的虚拟现实产业高地'], 'sentence (到2027年，高新区…着力打造…X产业高地)')
s = ['区内以江西联睿光电股份有限公司、晶澜LED科技（南昌）有限公司、洪芯半导体为代表的电子信息企业超过300家']
for c in ('jiangxi-lianrui-optoelectronics', 'jinglan-led-nanchang', 'hongxin-semiconductor'):
    R(C(c), 'member_of', K_('electronic-information'), f, s, 'clause (以A、B、C为代表的X企业)')
    U(C(c), 'located_in', Z, f, s, 'firm named as representative (以…为代表) of the zone\'s cluster; 区内 frames the count, not the firm')
s = ['联睿光电与晶澜LED共建的联睿Micro LED中试线已于去年通线']
R(C('jiangxi-lianrui-optoelectronics'), 'partners_with', C('jinglan-led-nanchang'), f, s, 'clause (A与B共建C)')
R(C('jiangxi-lianrui-optoelectronics'), 'owns', P('lianrui-microled-pilot-line'), f, s, 'clause (A与B共建的C: co-builder)')
R(C('jinglan-led-nanchang'), 'owns', P('lianrui-microled-pilot-line'), f, s, 'clause (A与B共建的C: co-builder)')
s = ['高新区集聚了江西仁康药业股份有限公司、南昌赣生生物科技有限公司等生物医药企业200余家']
for c in ('jiangxi-renkang-pharma', 'nanchang-gansheng-biotech'):
    R(C(c), 'located_in', Z, f, s, 'clause (Z集聚了A、B)')
    R(C(c), 'member_of', K_('biomedicine'), f, s, 'clause (集聚了A、B等X企业)')
R(C('jiangxi-renkang-tcm-pieces'), 'subsidiary_of', C('jiangxi-renkang-pharma'), f, ['江西仁康中药饮片有限公司是仁康药业旗下的中药饮片企业'], 'clause (B是A旗下的…企业)')
R(AC, 'located_in', Z, f, ['南昌航空城位于高新区瑶湖西岸'], 'clause (sub-park 位于Z…)')
s = ['江西洪翼航空科技有限公司、南昌翼云航空材料有限公司等航空装备企业在航空城集聚发展']
for c in ('jiangxi-hongyi-aviation', 'nanchang-yiyun-aero-materials'):
    R(C(c), 'located_in', AC, f, s, 'clause (A、B等…企业在Z集聚发展)')
    R(C(c), 'member_of', K_('aviation'), f, s, 'clause (A、B等X企业)')
    U(C(c), 'located_in', Z, f, s, 'transitive via the sub-park 南昌航空城')
R(C('jiangxi-hongyi-aviation'), 'owns', P('hongyi-drone-final-assembly-base'), f, ['洪翼航空投资建设的洪翼无人机总装基地'], 'clause (A投资建设的B)')
U(P('hongyi-drone-final-assembly-base'), 'located_in', AC, f, ['洪翼航空投资建设的洪翼无人机总装基地于2024年投产'], 'the firm is in 航空城; the base\'s site is not stated')
s = ['江西鑫瑞新材料科技有限公司是新材料领域的骨干企业，其鑫瑞高纯溅射靶材项目二期正在建设中']
R(C('jiangxi-xinrui-new-materials'), 'member_of', K_('new-materials'), f, s, 'clause (A是X领域的骨干企业)')
R(C('jiangxi-xinrui-new-materials'), 'owns', P('xinrui-sputtering-target-phase2'), f, s, 'sentence (其B; 其 = 鑫瑞新材料)')
U(P('xinrui-sputtering-target-phase2'), 'located_in', Z, f, ['建成后将为区内面板和芯片企业供应靶材'], 'supplies firms 区内; its own site is not stated')
R(C('lingjing-vr'), 'member_of', K_('virtual-reality'), f, ['灵境VR是一家虚拟现实内容开发企业'], 'clause (A是一家X…企业)')
R(C('lingjing-vr'), 'partners_with', C('nanchang-yunqi-shuzhi'), f, ['灵境VR是一家虚拟现实内容开发企业，与云启数智签署了战略合作协议'], 'sentence (A…与B签署了战略合作协议)')
s = ['高新区是省级软件和信息服务业集聚区，南昌云启数智科技有限公司、灵境VR等企业在虚拟现实、工业软件等方向形成特色']
for c in ('nanchang-yunqi-shuzhi', 'lingjing-vr'):
    U(C(c), 'located_in', Z, f, s, 'presence implied by the zone\'s sentence (…集聚区，A、B等企业…形成特色); not stated')
    U(C(c), 'member_of', K_('software-info-services'), f, s, 'the firms stand under the 软件和信息服务业 heading; the sentence ties them to 虚拟现实/工业软件 without saying which')
U(C('nanchang-yunqi-shuzhi'), 'member_of', K_('industrial-software'), f, s, 'A、B等企业在X、Y等方向: which firm in which field is not stated')
R(YH, 'located_in', Z, f, ['瑶湖科技岛是高新区的科技创新核心区'], 'clause (sub-park 是Z的…核心区)')
R(C('jiangxi-lianrui-optoelectronics'), 'located_in', YH, f, ['联睿光电总部及研发中心位于瑶湖科技岛'], 'clause (A总部…位于Z)')
U(C('jiangxi-lianrui-optoelectronics'), 'located_in', Z, f, ['联睿光电总部及研发中心位于瑶湖科技岛'], 'transitive via the sub-park 瑶湖科技岛')

# ---- d05 济南 (municipal report: 济南高新区, 起步区, 明水经开区)
f = 'd05_jinan.txt'; HT = 'zone:jinan-hitech'; QB = 'zone:jinan-qibu-area'; MS = 'zone:mingshui-etdz'; QL = 'zone:qilu-software-park'
s = ['该区坚持电子信息、生物医药、智能装备三大主导产业不动摇']
for c in ('electronic-information', 'biomedicine', 'intelligent-equipment'):
    R(HT, 'focuses_on', K_(c), f, s, 'sentence (该区 = 济南高新区, the subject of the preceding sentence; 坚持…三大主导产业)')
R(QL, 'located_in', HT, f, ['齐鲁软件园是高新区软件和信息服务业的核心承载区'], 'clause (sub-park 是Z…的核心承载区)')
s = ['区内集聚了山东泉云信息技术股份有限公司、济南数擎软件有限公司等软件企业2100余家']
for c in ('shandong-quanyun-it', 'jinan-shuqing-software'):
    R(C(c), 'located_in', QL, f, s, 'clause (区内集聚了A、B; 区内 = 齐鲁软件园, the subject of the same sentence)')
    U(C(c), 'located_in', HT, f, s, 'transitive via the sub-park 齐鲁软件园')
    U(C(c), 'member_of', K_('software-info-services'), f, s, '软件企业: bare 软件 is not a cluster form; the sentence names 软件和信息服务业 for the park')
s = ['生物医药领域，山东鲁康医疗器械有限公司、济南百灵生物等企业加快成长']
for c in ('shandong-lukang-medical-devices', 'jinan-bailing-bio'):
    R(C(c), 'member_of', K_('biomedicine'), f, s, 'clause (X领域，A、B等企业)')
    U(C(c), 'located_in', HT, f, s, 'firm named in the zone\'s paragraph; the sentence does not place it')
U(HT, 'focuses_on', K_('medical-devices'), f, ['全区医疗器械产值增长17%'], 'growth of a sub-industry (全区 = the zone); neither a target nor 形成')
s = ['全年，高新区新开工亿元以上项目58个，泉云信创产业园二期、鲁康医疗器械产业化基地等项目建成投用']
for p_ in ('quanyun-xinchuang-park-phase2', 'lukang-medical-devices-industrialization-base'):
    R(P(p_), 'located_in', HT, f, s, 'sentence (Z新开工…项目N个，B1、B2等项目建成投用)')
R(C('shandong-quanyun-it'), 'owns', P('quanyun-xinchuang-park-phase2'), f, ['泉云信创产业园二期'], 'firm name embedded in project name (泉云; 山东泉云信息技术股份有限公司 is stand-alone in d05)')
R(C('shandong-lukang-medical-devices'), 'owns', P('lukang-medical-devices-industrialization-base'), f, ['鲁康医疗器械产业化基地由山东鲁康医疗器械有限公司投资9亿元建设'], 'clause (B由A投资N亿元建设)')
s = ['该区以新能源汽车和高端装备为主导，着力培育氢能、低空经济等未来产业']
for c in ('new-energy-vehicles', 'high-end-equipment-manufacturing', 'hydrogen', 'low-altitude-economy'):
    R(QB, 'focuses_on', K_(c), f, s, 'sentence (该区 = 起步区; 以X和Y为主导，着力培育…等未来产业)')
s = ['济南擎宇新能源汽车有限公司投资的擎宇汽车整车基地二期于9月在起步区投产']
R(C('jinan-qingyu-nev'), 'owns', P('qingyu-vehicle-base-phase2'), f, s, 'clause (A投资的B)')
R(P('qingyu-vehicle-base-phase2'), 'located_in', QB, f, s, 'clause (B…在Z投产)')
R(C('jinan-qingyu-nev'), 'located_in', QB, f, ['擎宇汽车是起步区整车龙头'], 'clause (A是Z整车龙头; cf. Z整车企业A)')
s = ['氢能企业擎航氢动力科技有限公司投资建设的擎航燃料电池发动机项目完成主体施工']
R(C('qinghang-hydrogen-power'), 'member_of', K_('hydrogen'), f, s, 'clause (X企业A)')
R(C('qinghang-hydrogen-power'), 'owns', P('qinghang-fuel-cell-engine-project'), f, s, 'clause (A投资建设的B)')
U(P('qinghang-fuel-cell-engine-project'), 'located_in', QB, f, s, 'in the 起步区 section, but the sentence does not place the project')
U(C('qinghang-hydrogen-power'), 'partners_with', C('jinan-qingyu-nev'), f, ['计划明年向擎宇汽车批量供货'], 'planned supply (供货), not a stated partnership')
U(C('jinan-qingyu-nev'), 'member_of', K_('new-energy-vehicles'), f, ['擎宇汽车是起步区整车龙头'], 'a vehicle maker whose legal name holds 新能源汽车; the text calls it 整车龙头 only')
R(MS, 'focuses_on', K_('auto-parts'), f, ['重点发展汽车零部件、装备制造两大产业'], 'sentence (明水经开区…重点发展X、Y两大产业)')
R(MS, 'focuses_on', K_('equipment-manufacturing'), f, ['重点发展汽车零部件、装备制造两大产业'], 'sentence (明水经开区…重点发展X、Y两大产业)')
s = ['山东明驰重工集团有限公司旗下的明驰液压科技有限公司在明水经开区投资6亿元实施明驰液压油缸扩产项目']
R(C('mingchi-hydraulics'), 'subsidiary_of', C('shandong-mingchi-heavy-industry-group'), f, s, 'clause (A旗下的B)')
R(C('mingchi-hydraulics'), 'owns', P('mingchi-hydraulic-cylinder-expansion'), f, s, 'clause (A在Z投资N亿元实施B)')
R(P('mingchi-hydraulic-cylinder-expansion'), 'located_in', MS, f, s, 'clause (在Z投资…实施B)')
U(C('mingchi-hydraulics'), 'located_in', MS, f, s, 'only the firm\'s project is placed (在Z投资…实施B)')
s = ['公司研发总部位于高新区，新建的生产基地则落户起步区']
R(C('shandong-taisheng-intelligent-equipment'), 'located_in', HT, f, s, 'sentence (公司 = 泰晟智能装备, named just before; 研发总部位于Z1)')
R(C('shandong-taisheng-intelligent-equipment'), 'located_in', QB, f, s, 'sentence (…生产基地则落户Z2: a company in two zones)')
R(C('shandong-taisheng-intelligent-equipment'), 'partners_with', C('jinan-qingyu-nev'), f, ['泰晟智能装备又与擎宇汽车签署战略合作协议'], 'clause (A与B签署战略合作协议)')
U(C('shandong-taisheng-intelligent-equipment'), 'member_of', K_('intelligent-equipment'), f, ['山东泰晟智能装备股份有限公司是这一机制的受益者'], '智能装备 only inside the firm name')

# ---- d06 贵安新区 + 贵阳高新区 (feature / interview)
f = 'd06_guian.txt'; GA = 'zone:guizhou-guian-new-area'; GY = 'zone:guiyang-hitech'; FTZ = 'zone:guian-comprehensive-bonded-zone'; SW = 'zone:guiyang-shawen-park'; QY = C('guizhou-qianyun-computing')
R(GA, 'focuses_on', K_('computing-power'), f, ['新区把算力产业作为首位产业来抓'], 'clause (把X作为首位产业)')
s = ['“两翼”是电子信息制造和软件和信息服务。新区重点发展这三大产业']
for c in ('electronic-information', 'software-info-services'):
    R(GA, 'focuses_on', K_(c), f, s, 'two sentences (新区重点发展这三大产业; 这三大产业 = the 一核两翼 just listed)')
R(GA, 'focuses_on', K_('artificial-intelligence'), f, ['同时积极培育人工智能'], 'sentence (新区重点发展…，同时积极培育X)')
s = ['黔云智算是深圳云岭数科集团有限公司的全资子公司，2019年入驻新区，投资45亿元建设的黔云贵安智算中心去年全面投运']
R(QY, 'subsidiary_of', C('shenzhen-yunling-digital-group'), f, s, 'clause (B是A的全资子公司)')
R(QY, 'located_in', GA, f, s, 'clause (A…入驻新区)')
R(QY, 'owns', P('qianyun-guian-computing-center'), f, s, 'sentence (A…投资N亿元建设的B; the firm is the sentence subject)')
U(P('qianyun-guian-computing-center'), 'located_in', GA, f, s, 'the firm 入驻新区 and built B; the locative does not govern B (数据中心在我们这边 later, through a pronoun)')
s = ['汇远在新区下辖的贵安综合保税区建设的汇远服务器生产线二期今年6月投产']
R(C('guian-huiyuan-server'), 'owns', P('huiyuan-server-production-line-phase2'), f, s, 'clause (A在Z建设的B)')
R(P('huiyuan-server-production-line-phase2'), 'located_in', FTZ, f, s, 'clause (在Z建设的B)')
R(FTZ, 'located_in', GA, f, s, 'clause (新区下辖的sub-zone)')
U(P('huiyuan-server-production-line-phase2'), 'located_in', GA, f, s, 'transitive via 贵安综合保税区')
U(C('guian-huiyuan-server'), 'located_in', FTZ, f, s, 'only the firm\'s project is placed')
U(C('guian-huiyuan-server'), 'located_in', GA, f, ['服务器整机企业贵安汇远服务器有限公司就是跟着它来的'], '跟着它来的 implies it came to the new area; not stated')
U(C('guian-huiyuan-server'), 'partners_with', QY, f, ['产品七成供给黔云智算'], 'supplier relation (供给), not a stated partnership')
R(QY, 'located_in', GY, f, ['黔云智算在新区和贵阳高新区两地都有业务'], 'clause (A在Z1和Z2两地都有业务: a company in two zones)')
s = ['黔云算法研发中心则设在贵阳国家高新技术产业开发区的沙文生态科技产业园']
R(P('qianyun-algorithm-rd-center'), 'located_in', SW, f, s, 'clause (B设在…Z)')
R(SW, 'located_in', GY, f, s, 'clause (Z的sub-park)')
R(QY, 'owns', P('qianyun-algorithm-rd-center'), f, ['黔云智算在新区和贵阳高新区两地都有业务：数据中心在我们这边，黔云算法研发中心则设在'], 'sentence (A…两地都有业务：…B则设在…; firm name also embedded in the project name)')
U(P('qianyun-algorithm-rd-center'), 'located_in', GY, f, s, 'transitive via 沙文生态科技产业园')
s = ['高新区近年来集聚了贵阳领航软件有限公司、贵州数智大数据产业有限公司等一批软件和信息服务企业']
for c in ('guiyang-linghang-software', 'guizhou-shuzhi-data'):
    R(C(c), 'located_in', GY, f, s, 'clause (Z集聚了A、B)')
    R(C(c), 'member_of', K_('software-info-services'), f, s, 'clause (集聚了A、B等一批X企业)')
    U(C(c), 'located_in', SW, f, ['记者在沙文生态科技产业园看到，高新区近年来集聚了'], 'the reporter\'s vantage point is the sub-park; the zone is the stated subject')
s = ['高新区聚焦大数据产业和电子信息两大主导产业']
for c in ('big-data', 'electronic-information'):
    R(GY, 'focuses_on', K_(c), f, s, 'clause (聚焦X和Y两大主导产业)')
R(C('guiyang-linghang-software'), 'partners_with', QY, f, ['领航软件已与黔云智算签署战略合作协议'], 'clause (A已与B签署战略合作协议)')
R(C('guizhou-qianxin-electronics'), 'located_in', GA, f, ['除了服务器，我们还引进了贵州黔芯电子有限公司这样的存储模组企业'], 'clause (我们 = 贵安新区, the official speaking for it; Z引进了A)')
R(C('guizhou-qianxin-electronics'), 'partners_with', C('guian-huiyuan-server'), f, ['黔芯电子与汇远签订了长期供货协议'], 'clause (A与B签订了长期供货协议; as dev2 d01 长期供货协议)')
