# Gold annotation of the dev8 corpus, written as anchored text so that offsets are computed, never typed.
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
NOTE_M01 = 'bare 园区 (the tool lists it as a pronoun with mention=no; earlier sets keep such uses uncertain); here, in a task of the plan, it means 盐城经开区'
NOTE_M04 = 'bare 园区 (earlier sets keep such uses uncertain); here, in the official\'s words, it means 宜昌高新区 (or its 白洋工业园)'

MENTIONS['m01_yancheng.txt'] = [
    ('[盐城经济技术开发区]20', 'zone:yancheng-etdz'),
    ('也是[经开区]推进', 'zone:yancheng-etdz'),
    ('中，[江苏瀚屹动力科技有限公司]、盐', 'company:jiangsu-hanyi-power-tech'),
    ('、[盐城恒渡光能科技有限公司]当年', 'company:yancheng-hengdu-solar'),
    ('落户[经开区]；经', 'zone:yancheng-etdz'),
    ('；[经开区]下辖', 'zone:yancheng-etdz'),
    ('辖的[盐城综合保税区]进出', 'zone:yancheng-cbz'),
    ('做强[新能源汽车产业]。以', 'cluster:new-energy-vehicles'),
    ('完善[汽车零部件]本地', 'cluster:auto-parts'),
    ('支持[盐城东驰汽车有限公司]两款', 'company:yancheng-dongchi-auto'),
    ('动由[东驰汽车]与韩', 'company:yancheng-dongchi-auto'),
    ('与[韩国世元精工株式会社]合资', 'company:korea-sewon-precision'),
    ('建的[盐城世驰汽车电子有限公司]扩大', 'company:yancheng-shichi-auto-electronics'),
    ('司由[东驰汽车]控股', 'company:yancheng-dongchi-auto'),
    ('壮大[光伏]和动', 'cluster:photovoltaics'),
    ('和[动力电池]两大', 'cluster:power-batteries'),
    ('推进[恒渡光能]投资', 'company:yancheng-hengdu-solar'),
    ('设的[恒渡光能10GW高效电池片二期项目]年内', 'project:hengdu-10gw-cell-phase2'),
    ('产。[瀚屹动力]是区', 'company:jiangsu-hanyi-power-tech'),
    ('区内[动力电池]龙头', 'cluster:power-batteries'),
    ('州的[江苏瀚屹新能源集团股份有限公司]；要', 'company:jiangsu-hanyi-new-energy-group'),
    ('督促[瀚屹动力]与东', 'company:jiangsu-hanyi-power-tech'),
    ('与[东驰汽车]履行', 'company:yancheng-dongchi-auto'),
    ('布局[新型储能]，谋', 'cluster:energy-storage'),
    ('培育[电子信息产业]。围', 'cluster:electronic-information'),
    ('围绕[智能终端]整机', 'cluster:smart-terminals'),
    ('元。[盐城世驰汽车电子有限公司]拟在', 'company:yancheng-shichi-auto-electronics'),
    ('拟在[综保区]内新', 'zone:yancheng-cbz'),
    ('计；[江苏瀚屹新能源集团股份有限公司]有意', 'company:jiangsu-hanyi-new-energy-group'),
    ('迁入[经开区]，相', 'zone:yancheng-etdz'),
    ('地。[浙江铂川新材料有限公司]此前', 'company:zhejiang-bochuan-new-materials'),
    ('不在[经开区]建设', 'zone:yancheng-etdz'),
    ('发挥[综保区]保税', 'zone:yancheng-cbz'),
    ('度向[经开区]党工', 'zone:yancheng-etdz'),
]
UNCERTAIN_MENTIONS['m01_yancheng.txt'] = [
    ('推进[园区]道路', 'zone:yancheng-etdz', NOTE_M01),
]
MENTIONS['m02_shaoxing.txt'] = [
    ('[绍兴滨海新区]二季', 'zone:shaoxing-binhai-new-area'),
    ('午，[绍兴滨海新区]举办', 'zone:shaoxing-binhai-new-area'),
    ('选在[新区]会展', 'zone:shaoxing-binhai-new-area'),
    ('布在[集成电路]、生', 'cluster:integrated-circuits'),
    ('、[生物医药]、高', 'cluster:biomedicine'),
    ('、[高端装备]等领', 'cluster:high-end-equipment-manufacturing'),
    ('邻的[绍兴柯桥经济技术开发区]借这', 'zone:shaoxing-keqiao-etdz'),
    ('线了[新区]产业', 'zone:shaoxing-binhai-new-area'),
    ('中，[浙江芯澄微电子有限公司]投资', 'company:zhejiang-xincheng-microelectronics'),
    ('设的[芯澄12英寸功率器件制造项目]体量', 'project:xincheng-12inch-power-device-fab'),
    ('落户[新区]，达', 'zone:shaoxing-binhai-new-area'),
    ('中，[新区]国资', 'zone:shaoxing-binhai-new-area'),
    ('平台[绍兴滨海新区建设投资集团有限公司]出资', 'company:shaoxing-binhai-construction-investment'),
    ('资。[芯澄微电子]成立', 'company:zhejiang-xincheng-microelectronics'),
    ('海的[上海澄源半导体集团有限公司]全资', 'company:shanghai-chengyuan-semiconductor-group'),
    ('这是[澄源集团]在长', 'company:shanghai-chengyuan-semiconductor-group'),
    ('前，[澄源集团]已于', 'company:shanghai-chengyuan-semiconductor-group'),
    ('年在[新区]设立', 'zone:shaoxing-binhai-new-area'),
    ('。”[芯澄微电子]总经', 'company:zhejiang-xincheng-microelectronics'),
    ('解，[新区]目前', 'zone:shaoxing-binhai-new-area'),
    ('集聚[集成电路]上下', 'cluster:integrated-circuits'),
    ('[生物医药]领域', 'cluster:biomedicine'),
    ('丰。[绍兴康沐生物科技有限公司]当天', 'company:shaoxing-kangmu-biotech'),
    ('天与[新区]签订', 'zone:shaoxing-binhai-new-area'),
    ('划在[绍兴综合保税区]内新', 'zone:shaoxing-cbz'),
    ('线。[康沐生物]20', 'company:shaoxing-kangmu-biotech'),
    ('入驻[新区]，如', 'zone:shaoxing-binhai-new-area'),
    ('已是[新区]生物', 'zone:shaoxing-binhai-new-area'),
    ('[生物医药产业链]上的', 'cluster:biomedicine'),
    ('另有[杭州睿衡医疗器械有限公司]与新', 'company:hangzhou-ruiheng-medical-devices'),
    ('与[新区]签署', 'zone:shaoxing-binhai-new-area'),
    ('拟在[新区]设立', 'zone:shaoxing-binhai-new-area'),
    ('[柯桥经开区]此次', 'zone:shaoxing-keqiao-etdz'),
    ('中，[浙江越纺控股集团有限公司]与意', 'company:zhejiang-yuefang-holding'),
    ('与[意大利贝洛蒂纺织机械公司]合资', 'company:italy-belotti-textile-machinery'),
    ('立的[绍兴越贝智能纺机有限公司]正式', 'company:shaoxing-yuebei-smart-textile-machinery'),
    ('落户[柯桥经开区]，双', 'zone:shaoxing-keqiao-etdz'),
    ('场，[越贝智能纺机]还与', 'company:shaoxing-yuebei-smart-textile-machinery'),
    ('还与[绍兴华舟印染有限公司]签订', 'company:shaoxing-huazhou-dyeing'),
    ('一，[华舟印染]计划', 'company:shaoxing-huazhou-dyeing'),
    ('型。[柯桥经开区]在巩', 'zone:shaoxing-keqiao-etdz'),
    ('巩固[高端纺织]传统', 'cluster:high-end-textile'),
    ('发展[智能装备]和新', 'cluster:intelligent-equipment'),
    ('和[新材料]两大', 'cluster:new-materials'),
    ('步。[新区]管委', 'zone:shaoxing-binhai-new-area'),
    ('以来[新区]坚持', 'zone:shaoxing-binhai-new-area'),
    ('中，[新区]排名', 'zone:shaoxing-binhai-new-area'),
    ('步，[新区]将继', 'zone:shaoxing-binhai-new-area'),
    ('聚焦[集成电路]和生', 'cluster:integrated-circuits'),
    ('和[生物医药]两大', 'cluster:biomedicine'),
]
MENTIONS['m03_ganzhou.txt'] = [
    ('设在[赣州经济技术开发区]，分', 'zone:ganzhou-etdz'),
    ('设在[赣州高新技术产业开发区]。两', 'zone:ganzhou-hitech'),
    ('在的[驰赣新能源整车扩能项目]位于', 'project:chigan-nev-vehicle-expansion'),
    ('位于[赣州新能源汽车科技城]北区', 'zone:ganzhou-nev-sci-tech-city'),
    ('，由[江西驰赣新能源汽车有限公司]投资', 'company:jiangxi-chigan-nev'),
    ('能。[驰赣新能源]由广', 'company:jiangxi-chigan-nev'),
    ('由[广州粤驰汽车集团股份有限公司]控股', 'company:guangzhou-yuechi-auto-group'),
    ('落户[经开区]，去', 'zone:ganzhou-etdz'),
    ('辆。[科技城]是经', 'zone:ganzhou-nev-sci-tech-city'),
    ('是[经开区]发展', 'zone:ganzhou-etdz'),
    ('发展[新能源汽车产业]的核', 'cluster:new-energy-vehicles'),
    ('同在[科技城]开工', 'zone:ganzhou-nev-sci-tech-city'),
    ('还有[骏力电驱总成生产基地]。该', 'project:junli-e-drive-base'),
    ('地由[江西骏力电驱科技有限公司]投资', 'company:jiangxi-junli-e-drive'),
    ('们和[驰赣]已经', 'company:jiangxi-chigan-nev'),
    ('。”[骏力电驱]负责', 'company:jiangxi-junli-e-drive'),
    ('说。[骏力电驱]是总', 'company:jiangxi-junli-e-drive'),
    ('波的[浙江骏力动力股份有限公司]的全', 'company:zhejiang-junli-power'),
    ('除[新能源汽车]外，', 'cluster:new-energy-vehicles'),
    ('外，[电子信息]项目', 'cluster:electronic-information'),
    ('点。[赣州经开区]近年', 'zone:ganzhou-etdz'),
    ('板和[电子元器件]企业', 'cluster:electronic-components'),
    ('业，[赣州铭讯电路科技有限公司]的高', 'company:ganzhou-mingxun-circuit-tech'),
    ('天在[赣州综合保税区]开工', 'zone:ganzhou-cbz'),
    ('工。[铭讯电路]是经', 'company:ganzhou-mingxun-circuit-tech'),
    ('是[经开区]电子', 'zone:ganzhou-etdz'),
    ('[电子信息产业]的重', 'cluster:electronic-information'),
    ('成。[赣州综合保税区]位于', 'zone:ganzhou-cbz'),
    ('位于[经开区]西部', 'zone:ganzhou-etdz'),
    ('在[赣州高新区]分会', 'zone:ganzhou-hitech'),
    ('场，[赣州钨拓硬质合金有限公司]投资', 'company:ganzhou-wutuo-cemented-carbide'),
    ('设的[钨拓高性能硬质合金刀具项目]正式', 'project:wutuo-carbide-cutting-tools'),
    ('工。[高新区]把稀', 'zone:ganzhou-hitech'),
    ('把[稀土新材料]定为', 'cluster:rare-earth-materials'),
    ('做大[硬质合金]和有', 'cluster:cemented-carbide'),
    ('和[有色金属]精深', 'cluster:nonferrous-metals'),
    ('块。[江西稀源永磁科技有限公司]是高', 'company:jiangxi-xiyuan-magnet-tech'),
    ('是[高新区]稀土', 'zone:ganzhou-hitech'),
    ('[稀土新材料产业链]上的', 'cluster:rare-earth-materials'),
    ('建的[稀源高性能钕铁硼磁材项目]当天', 'project:xiyuan-ndfeb-magnet'),
    ('息称[赣州锐磁材料有限公司]将在', 'company:ganzhou-ruici-materials'),
    ('将在[高新区]扩建', 'zone:ganzhou-hitech'),
    ('解，[江西骏力电驱科技有限公司]正考', 'company:jiangxi-junli-e-drive'),
    ('虑在[高新区]增设', 'zone:ganzhou-hitech'),
]
MENTIONS['m04_yichang.txt'] = [
    ('池：[宜昌高新区]新能', 'zone:yichang-hitech'),
    ('[新能源材料产业集群]成长', 'cluster:new-energy-materials'),
    ('点，[宜昌高新区]白洋', 'zone:yichang-hitech'),
    ('[白洋工业园]的货', 'zone:yichang-baiyang-park'),
    ('词。[高新区]管委', 'zone:yichang-hitech'),
    ('者，[高新区]以新', 'zone:yichang-hitech'),
    ('以[新能源材料]为首', 'cluster:new-energy-materials'),
    ('发展[精细化工]和生', 'cluster:fine-chemicals'),
    ('和[生物医药]，目', 'cluster:biomedicine'),
    ('前仅[白洋工业园]一地', 'zone:yichang-baiyang-park'),
    ('聚了[新能源材料]上下', 'cluster:new-energy-materials'),
    ('位于[高新区]东部', 'zone:yichang-hitech'),
    ('部的[宜昌生物产业园]则承', 'zone:yichang-bio-park'),
    ('载着[生物医药]板块', 'cluster:biomedicine'),
    ('，是[宜昌磷晟化工有限公司]。这', 'company:yichang-linsheng-chemical'),
    ('扎根[白洋工业园]已有', 'zone:yichang-baiyang-park'),
    ('建成[磷晟电池级磷酸铁项目]，产', 'project:linsheng-battery-grade-iron-phosphate'),
    ('”。[磷晟化工]是湖', 'company:yichang-linsheng-chemical'),
    ('是[湖北楚磷集团股份有限公司]旗下', 'company:hubei-chulin-group'),
    ('，是[湖北宜锂新能源材料有限公司]。走', 'company:hubei-yili-new-energy-materials'),
    ('年从[磷晟]采购', 'company:yichang-linsheng-chemical'),
    ('。”[宜锂]总经', 'company:hubei-yili-new-energy-materials'),
    ('年，[宜锂]与日', 'company:hubei-yili-new-energy-materials'),
    ('与[日本富泽化学株式会社]合资', 'company:japan-tomizawa-chemical'),
    ('成立[宜昌富锂电解液有限公司]，由', 'company:yichang-fuli-electrolyte'),
    ('，由[宜锂]控股', 'company:hubei-yili-new-energy-materials'),
    ('节。[宜昌昊晟电池科技有限公司]去年', 'company:yichang-haosheng-battery-tech'),
    ('年在[高新区]投产', 'zone:yichang-hitech'),
    ('，其[昊晟20GWh储能电芯项目]总投', 'project:haosheng-20gwh-storage-cell'),
    ('转。[昊晟电池]是高', 'company:yichang-haosheng-battery-tech'),
    ('是[高新区]锂电', 'zone:yichang-hitech'),
    ('[锂电材料]和电', 'cluster:lithium-battery-materials'),
    ('到，[江苏拓锐储能科技有限公司]正与', 'company:jiangsu-tuorui-energy-storage'),
    ('正与[高新区]洽谈', 'zone:yichang-hitech'),
    ('谈在[白洋工业园]建设', 'zone:yichang-baiyang-park'),
    ('此，[高新区]近三', 'zone:yichang-hitech'),
    ('步，[高新区]将围', 'zone:yichang-hitech'),
    ('围绕[新能源材料]和储', 'cluster:new-energy-materials'),
    ('和[储能产业]，重', 'cluster:energy-storage'),
]
UNCERTAIN_MENTIONS['m04_yichang.txt'] = [
    ('言，[园区]面临', 'zone:yichang-hitech', NOTE_M04),
]
MENTIONS['m05_zhangzhou.txt'] = [
    ('[古雷开发区]上半', 'zone:gulei-port-edz'),
    ('者从[古雷港经济开发区]管委', 'zone:gulei-port-edz'),
    ('年，[开发区]实现', 'zone:gulei-port-edz'),
    ('[古雷石化基地]位列', 'zone:gulei-port-edz'),
    ('显：[石油化工产业]上半', 'cluster:petrochemicals'),
    ('看，[福建古翔石化有限公司]、福', 'company:fujian-guxiang-petrochemical'),
    ('、[福建古泓新材料有限公司]等企', 'company:fujian-guhong-new-materials'),
    ('多。[古翔石化]的百', 'company:fujian-guxiang-petrochemical'),
    ('业是[福建闽岚能源集团有限公司]和台', 'company:fujian-minlan-energy-group'),
    ('和[台湾华翔石化股份有限公司]共同', 'company:taiwan-huaxiang-petrochemical'),
    ('司，[闽岚能源]控股', 'company:fujian-minlan-energy-group'),
    ('面，[古泓新材料]投资', 'company:fujian-guhong-new-materials'),
    ('设的[古泓高端聚碳酸酯项目]于6', 'project:guhong-high-end-polycarbonate'),
    ('料由[古翔石化]通过', 'company:fujian-guxiang-petrochemical'),
    ('应，[古翔石化]同时', 'company:fujian-guxiang-petrochemical'),
    ('持有[古泓新材料]30', 'company:fujian-guhong-new-materials'),
    ('期，[漳州瑞港仓储有限公司]建设', 'company:zhangzhou-ruigang-storage'),
    ('设的[瑞港液体化工品码头二期工程]完成', 'project:ruigang-liquid-chemical-terminal-ph2'),
    ('商，[开发区]上半', 'zone:gulei-port-edz'),
    ('元，[上海凯衡精细化学品有限公司]的电', 'company:shanghai-kaiheng-fine-chemicals'),
    ('成：[厦门海钜化工有限公司]原先', 'company:xiamen-haiju-chemical'),
    ('会在[古雷]落地', 'zone:gulei-port-edz'),
    ('地。[漳州恒屹港务有限公司]则打', 'company:zhangzhou-hengyi-port-services'),
    ('算在[开发区]南部', 'zone:gulei-port-edz'),
    ('时，[漳州台商投资区]上半', 'zone:zhangzhou-tib-zone'),
    ('区的[智能家电]和食', 'cluster:smart-home-appliances'),
    ('和[食品饮料]两大', 'cluster:food-beverage'),
    ('位于[台商投资区]的漳', 'zone:zhangzhou-tib-zone'),
    ('的[漳州嘉宏电器有限公司]是一', 'company:zhangzhou-jiahong-electric'),
    ('台资[智能家电]企业', 'cluster:smart-home-appliances'),
    ('企业[漳州丰味食品有限公司]的新', 'company:zhangzhou-fengwei-foods'),
    ('[古雷开发区]管委', 'zone:gulei-port-edz'),
    ('半年[开发区]将继', 'zone:gulei-port-edz'),
    ('围绕[石油化工]、化', 'cluster:petrochemicals'),
    ('、[化工新材料]和精', 'cluster:chemical-new-materials'),
    ('和[精细化工]三个', 'cluster:fine-chemicals'),
]
MENTIONS['m06_ordos.txt'] = [
    ('调研[鄂尔多斯高新区]和蒙', 'zone:ordos-hitech'),
    ('和[蒙苏经济开发区]重点', 'zone:mengsu-edz'),
    ('深入[鄂尔多斯高新技术产业开发区]和蒙', 'zone:ordos-hitech'),
    ('和[蒙苏经济开发区]，走', 'zone:mengsu-edz'),
    ('站是[蒙苏经济开发区]的零', 'zone:mengsu-edz'),
    ('的[零碳产业园]。在', 'zone:ordos-zero-carbon-park'),
    ('。在[内蒙古苏晟氢能装备有限公司]的总', 'company:inner-mongolia-susheng-hydrogen-equipment'),
    ('州的[江苏苏晟能源科技股份有限公司]百分', 'company:jiangsu-susheng-energy-tech'),
    ('进驻[零碳产业园]，现', 'zone:ordos-zero-carbon-park'),
    ('们和[鄂尔多斯蒙晖新能源有限公司]签下', 'company:ordos-menghui-new-energy'),
    ('说，[氢能]是全', 'cluster:hydrogen'),
    ('来到[鄂尔多斯澄川储能科技有限公司]，察', 'company:ordos-chengchuan-energy-storage'),
    ('况。[澄川储能]的两', 'company:ordos-chengchuan-energy-storage'),
    ('东是[蒙晖新能源]和深', 'company:ordos-menghui-new-energy'),
    ('和[深圳澄锐电气股份有限公司]，前', 'company:shenzhen-chengrui-electric'),
    ('时，[开发区]管委', 'zone:mengsu-edz'),
    ('说，[开发区]把光', 'zone:mengsu-edz'),
    ('把[光伏]、新', 'cluster:photovoltaics'),
    ('、[新型储能]、氢', 'cluster:energy-storage'),
    ('、[氢能]确定', 'cluster:hydrogen'),
    ('3个[新能源装备]制造', 'cluster:new-energy-equipment'),
    ('走进[鄂尔多斯晶澜光伏科技有限公司]。这', 'company:ordos-jinglan-pv-tech'),
    ('业在[零碳产业园]北区', 'zone:ordos-zero-carbon-park'),
    ('在[鄂尔多斯高新区]，赵', 'zone:ordos-hitech'),
    ('走进[内蒙古云峦数据科技有限公司]投资', 'company:inner-mongolia-yunluan-data-tech'),
    ('设的[云峦绿色算力中心]。这', 'project:yunluan-green-computing-center'),
    ('成。[云峦数据]是高', 'company:inner-mongolia-yunluan-data-tech'),
    ('是[高新区]云计', 'zone:ordos-hitech'),
    ('[云计算产业]的龙', 'cluster:cloud-computing'),
    ('位于[高新区]的是', 'zone:ordos-hitech'),
    ('前，[高新区]已建', 'zone:ordos-hitech'),
    ('上，[内蒙古鄂化煤基新材料有限公司]负责', 'company:inner-mongolia-ehua-coal-based-new-materials'),
    ('划在[高新区]布局', 'zone:ordos-hitech'),
    ('出在[高新区]建设', 'zone:ordos-hitech'),
    ('求，[高新区]未予', 'zone:ordos-hitech'),
    ('题。[高新区]要聚', 'zone:ordos-hitech'),
    ('聚焦[云计算]和大', 'cluster:cloud-computing'),
    ('和[大数据产业]，打', 'cluster:big-data'),
    ('纽；[蒙苏经济开发区]要发', 'zone:mengsu-edz'),
    ('做强[新能源装备]制造', 'cluster:new-energy-equipment'),
    ('，把[零碳产业园]建成', 'zone:ordos-zero-carbon-park'),
]
MENTIONS['m07_deyang.txt'] = [
    ('一、[德阳经济技术开发区]', 'zone:deyang-etdz'),
    ('[德阳经开区]一季', 'zone:deyang-etdz'),
    ('位。[经开区]坚持', 'zone:deyang-etdz'),
    ('持以[高端装备制造]为主', 'cluster:high-end-equipment-manufacturing'),
    ('招引[新能源装备]和电', 'cluster:new-energy-equipment'),
    ('和[电力装备]配套', 'cluster:power-equipment'),
    ('中，[四川德重能源装备有限公司]投资', 'company:sichuan-dezhong-energy-equipment'),
    ('设的[德重大型燃气轮机部件产业化项目]已于', 'project:dezhong-gas-turbine-components'),
    ('工，[德重能源]是成', 'company:sichuan-dezhong-energy-equipment'),
    ('是[成都蜀能装备集团有限公司]的控', 'company:chengdu-shuneng-equipment-group'),
    ('外，[德重能源]与德', 'company:sichuan-dezhong-energy-equipment'),
    ('与[德阳旌川精密铸造有限公司]签订', 'company:deyang-jingchuan-precision-casting'),
    ('位于[经开区]。截', 'zone:deyang-etdz'),
    ('底，[经开区]在谈', 'zone:deyang-etdz'),
    ('二、[德阳高新技术产业开发区]', 'zone:deyang-hitech'),
    ('[德阳高新区]一季', 'zone:deyang-hitech'),
    ('元。[高新区]以新', 'zone:deyang-hitech'),
    ('以[新材料]和医', 'cluster:new-materials'),
    ('和[医药健康]为两', 'cluster:pharma-health'),
    ('业。[四川川碳新材料科技有限公司]年产', 'company:sichuan-chuantan-new-materials'),
    ('落户[高新区]，该', 'zone:deyang-hitech'),
    ('司由[德阳发展控股集团有限公司]与江', 'company:deyang-development-holding-group'),
    ('与[江苏恒丝碳纤维股份有限公司]合资', 'company:jiangsu-hengsi-carbon-fiber'),
    ('份。[德阳和康药业有限公司]原拟', 'company:deyang-hekang-pharma'),
    ('拟在[高新区]建设', 'zone:deyang-hitech'),
    ('地由[高新区]重新', 'zone:deyang-hitech'),
    ('三、[广汉经济开发区]', 'zone:guanghan-edz'),
    ('[广汉经开区]一季', 'zone:guanghan-edz'),
    ('元，[通用航空]领域', 'cluster:general-aviation'),
    ('破。[四川翔宇通用航空有限公司]整体', 'company:sichuan-xiangyu-general-aviation'),
    ('迁入[广汉经开区]，将', 'zone:guanghan-edz'),
    ('此；[翔宇通航]是广', 'company:sichuan-xiangyu-general-aviation'),
    ('是[广汉经开区]航空', 'zone:guanghan-edz'),
    ('[航空产业]的链', 'cluster:aviation'),
    ('都的[成都云鹭无人机科技有限公司]正与', 'company:chengdu-yunlu-uav-tech'),
    ('正与[广汉经开区]洽谈', 'zone:guanghan-edz'),
    ('外，[广汉经开区]在做', 'zone:guanghan-edz'),
    ('培育[生物医药产业]，一', 'cluster:biomedicine'),
]
MENTIONS['m08_tangshan.txt'] = [
    ('走进[曹妃甸经开区]', 'zone:tangshan-caofeidian-etdz'),
    ('畔的[唐山曹妃甸经济技术开发区]。二', 'zone:tangshan-caofeidian-etdz'),
    ('年，[经开区]规上', 'zone:tangshan-caofeidian-etdz'),
    ('。”[经开区]管委', 'zone:tangshan-caofeidian-etdz'),
    ('说，[经开区]依托', 'zone:tangshan-caofeidian-etdz'),
    ('了以[钢铁产业]、石', 'cluster:steel'),
    ('、[石油化工]和港', 'cluster:petrochemicals'),
    ('和[港口物流]为支', 'cluster:port-logistics'),
    ('将把[海工装备]和氢', 'cluster:offshore-engineering-equipment'),
    ('和[氢能]作为', 'cluster:hydrogen'),
    ('在[河北瀚钢精品板材有限公司]的热', 'company:hebei-hangang-fine-plate'),
    ('行。[瀚钢板材]20', 'company:hebei-hangang-fine-plate'),
    ('迁至[曹妃甸经开区]，目', 'zone:tangshan-caofeidian-etdz'),
    ('，是[经开区]钢铁', 'zone:tangshan-caofeidian-etdz'),
    ('[钢铁产业]的龙', 'cluster:steel'),
    ('来自[唐山高新区]的唐', 'zone:tangshan-hitech'),
    ('的[唐山智焊机器人有限公司]，“', 'company:tangshan-zhihan-robotics'),
    ('离[瀚钢]不远', 'company:hebei-hangang-fine-plate'),
    ('区，[河北渤港石化有限公司]投资', 'company:hebei-bogang-petrochemical'),
    ('设的[渤港千万吨级炼化一体化项目]正在', 'project:bogang-refining-integration'),
    ('装。[渤港石化]是中', 'company:hebei-bogang-petrochemical'),
    ('是[中海渤能投资集团有限公司]旗下', 'company:zhonghai-boneng-investment-group'),
    ('外的[唐山高新区]，智', 'zone:tangshan-hitech'),
    ('，[智焊机器人]的生', 'company:tangshan-zhihan-robotics'),
    ('工。[唐山高新区]近年', 'zone:tangshan-hitech'),
    ('来把[机器人产业]作为', 'cluster:robotics'),
    ('造，[智焊机器人]是其', 'company:tangshan-zhihan-robotics'),
    ('来自[曹妃甸经开区]的订', 'zone:tangshan-caofeidian-etdz'),
    ('[港口物流]是经', 'cluster:port-logistics'),
    ('是[经开区]的另', 'zone:tangshan-caofeidian-etdz'),
    ('片。[曹妃甸综合保税区]位于', 'zone:caofeidian-cbz'),
    ('位于[经开区]东南', 'zone:tangshan-caofeidian-etdz'),
    ('成。[唐山通嘉港口物流有限公司]在综', 'company:tangshan-tongjia-port-logistics'),
    ('在[综保区]内运', 'zone:caofeidian-cbz'),
    ('司由[河北港运集团有限公司]与新', 'company:hebei-gangyun-group'),
    ('与[新加坡太平洋仓储私人有限公司]合资', 'company:singapore-pacific-warehousing'),
    ('立，[河北港运集团]控股', 'company:hebei-gangyun-group'),
    ('面，[经开区]去年', 'zone:tangshan-caofeidian-etdz'),
    ('划在[经开区]建设', 'zone:tangshan-caofeidian-etdz'),
    ('企业[河北海澜重工有限公司]正在', 'company:hebei-hailan-heavy-industry'),
    ('在与[经开区]洽谈', 'zone:tangshan-caofeidian-etdz'),
    ('比，[曹妃甸经开区]的优', 'zone:tangshan-caofeidian-etdz'),
]

# ---------------------------------------------------------------- relations
RELATIONS = []
UNCERTAIN_RELATIONS = []
def R(h, r, t, f, ev, scope): RELATIONS.append((h, r, t, f, ev, scope))
def U(h, r, t, f, ev, note): UNCERTAIN_RELATIONS.append((h, r, t, f, ev, note))
_supply = 'supply, not partnership (as dev2-dev7)'
_only_project = 'only the firm\'s project is placed (heldout convention: the firm\'s own located_in is uncertain)'
_transitive = 'transitive: the item is placed in the sub-park / sub-zone, not in the zone itself'
_ratio = 'bare share ratio or capital amounts: control is not stated in words (dev2, dev4)'
_equal = 'equal joint venture (双方各持股50% / 各占50%): no parent in control'
_minority = 'minority joint-venture parent: control is stated for the other parent only'
_carrier = 'the sub-park hosts the zone\'s industry (承载): a description, not its own stated target (dev5 f05)'
_plan = 'plan item of the zone\'s work plan: located_in of a plan item is uncertain (seed 003, h04, d01)'
_intent = 'a plan, intention or negotiation (拟/计划/有意/洽谈/考虑/论证), not a placement'

# ---- m01 盐城经开区 (年度工作要点: numbered tasks; the title names the zone)
f = 'm01_yancheng.txt'; Z = 'zone:yancheng-etdz'; CB = 'zone:yancheng-cbz'
HY = C('jiangsu-hanyi-power-tech'); HYG = C('jiangsu-hanyi-new-energy-group'); HD = C('yancheng-hengdu-solar')
HDP = P_('hengdu-10gw-cell-phase2'); DC = C('yancheng-dongchi-auto'); SY = C('korea-sewon-precision'); SC = C('yancheng-shichi-auto-electronics')
s = ['江苏瀚屹动力科技有限公司、盐城恒渡光能科技有限公司当年完成注册并落户经开区']
for c in (HY, HD):
    R(c, 'located_in', Z, f, s, 'clause (A、B当年完成注册并落户Z: a fact in the review of 2024, not a plan item)')
R(CB, 'located_in', Z, f, ['经开区下辖的盐城综合保税区'], 'clause (Z下辖的sub-zone, as dev3/dev7)')
for c, ev in (('new-energy-vehicles', '（一）做强新能源汽车产业'), ('auto-parts', '完善汽车零部件本地配套体系'),
              ('photovoltaics', '（二）壮大光伏和动力电池两大板块'), ('power-batteries', '（二）壮大光伏和动力电池两大板块'),
              ('energy-storage', '同时积极布局新型储能'), ('electronic-information', '（三）培育电子信息产业'),
              ('smart-terminals', '围绕智能终端整机和关键元器件开展精准招商')):
    R(Z, 'focuses_on', K_(c), f, [ev], 'document (the zone\'s own work plan: its targets, as seed 003, h04, d01)')
R(DC, 'partners_with', SY, f, ['由东驰汽车与韩国世元精工株式会社合资组建的盐城世驰汽车电子有限公司'], 'clause (A与B合资组建的C: joint venture parents; a fact inside a plan item)')
R(SC, 'subsidiary_of', DC, f, ['该公司由东驰汽车控股'], 'clause (该公司由A控股: control stated; 该公司 = 世驰汽车电子)')
U(SC, 'subsidiary_of', SY, f, ['由东驰汽车与韩国世元精工株式会社合资组建的盐城世驰汽车电子有限公司'], _minority)
R(HD, 'owns', HDP, f, ['恒渡光能投资38亿元建设的恒渡光能10GW高效电池片二期项目'], 'clause (A投资N亿元建设的B)')
R(HY, 'member_of', K_('power-batteries'), f, ['瀚屹动力是区内动力电池龙头企业'], 'clause (A是区内X龙头企业)')
R(HY, 'subsidiary_of', HYG, f, ['其母公司为总部位于常州的江苏瀚屹新能源集团股份有限公司'], 'clause (其母公司为A: parent stated)')
R(HY, 'partners_with', DC, f, ['督促瀚屹动力与东驰汽车履行去年签订的三年期电池包供货协议'], 'clause (a signed three-year 供货协议, as dev2-dev7)')
U(HDP, 'located_in', Z, f, ['推进恒渡光能投资38亿元建设的恒渡光能10GW高效电池片二期项目年内建成投产'], _plan)
U(DC, 'located_in', Z, f, ['支持盐城东驰汽车有限公司两款纯电车型年内量产'], _plan)
U(SC, 'located_in', Z, f, ['推动由东驰汽车与韩国世元精工株式会社合资组建的盐城世驰汽车电子有限公司扩大线控制动产品产能'], _plan)
U(SC, 'located_in', CB, f, ['盐城世驰汽车电子有限公司拟在综保区内新建保税研发中心'], _intent + ' (拟)')
U(HYG, 'located_in', Z, f, ['江苏瀚屹新能源集团股份有限公司有意将华东区域结算中心迁入经开区'], _intent + ' (有意)')

# ---- m02 绍兴滨海新区 / 柯桥经开区 (集中签约 news report)
f = 'm02_shaoxing.txt'; Z = 'zone:shaoxing-binhai-new-area'; KQ = 'zone:shaoxing-keqiao-etdz'; SCB = 'zone:shaoxing-cbz'
XC = C('zhejiang-xincheng-microelectronics'); XCP = P_('xincheng-12inch-power-device-fab'); SXJ = C('shaoxing-binhai-construction-investment')
CY = C('shanghai-chengyuan-semiconductor-group'); KM = C('shaoxing-kangmu-biotech'); YF = C('zhejiang-yuefang-holding')
BL = C('italy-belotti-textile-machinery'); YB = C('shaoxing-yuebei-smart-textile-machinery'); HZ = C('shaoxing-huazhou-dyeing')
R(XC, 'owns', XCP, f, ['浙江芯澄微电子有限公司投资58亿元建设的芯澄12英寸功率器件制造项目'], 'clause (A投资N亿元建设的B)')
R(XCP, 'located_in', Z, f, ['芯澄12英寸功率器件制造项目体量最大，签约后将落户新区'], 'clause (a signed project: B签约后将落户Z, as heldout 项目落地后 / Z签约项目)')
s = ['新区国资平台绍兴滨海新区建设投资集团有限公司出资10亿元参与投资']
R(SXJ, 'owns', XCP, f, s, 'sentence (其中，A出资10亿元参与投资: a co-investor of the project just named)')
R(SXJ, 'partners_with', XC, f, s, 'sentence (co-investors of one project are partners, as dev7 k03)')
U(SXJ, 'located_in', Z, f, s, 'the zone\'s name is part of the firm\'s name and the firm is the zone\'s state-owned platform; its seat is not stated')
R(XC, 'subsidiary_of', CY, f, ['由总部设在上海的上海澄源半导体集团有限公司全资控股'], 'clause (由A全资控股)')
R(CY, 'located_in', Z, f, ['澄源集团已于2023年在新区设立了功率器件研发中心'], 'clause (A在Z设立了研发中心: 在Z设立 places the firm; its head office is in 上海)')
U(XC, 'located_in', Z, f, ['芯澄12英寸功率器件制造项目体量最大，签约后将落户新区'], _only_project)
R(Z, 'focuses_on', K_('integrated-circuits'), f, ['新区将继续聚焦集成电路和生物医药两大主导产业'], 'clause (Z将继续聚焦X和Y两大主导产业; also 新区目前已集聚X上下游企业)')
R(Z, 'focuses_on', K_('biomedicine'), f, ['新区将继续聚焦集成电路和生物医药两大主导产业'], 'clause (Z将继续聚焦X和Y两大主导产业)')
U(Z, 'focuses_on', K_('high-end-equipment-manufacturing'), f, ['项目分布在集成电路、生物医药、高端装备等领域'], 'the fields of the signed projects, not a stated target of the zone')
R(KM, 'located_in', Z, f, ['康沐生物2019年入驻新区'], 'clause (A入驻Z)')
R(KM, 'member_of', K_('biomedicine'), f, ['如今已是新区生物医药产业链上的骨干企业'], 'clause (A…是Z X产业链上的骨干企业)')
U(KM, 'located_in', SCB, f, ['计划在绍兴综合保税区内新建一条细胞培养基生产线'], _intent + ' (计划)')
U(C('hangzhou-ruiheng-medical-devices'), 'located_in', Z, f, ['杭州睿衡医疗器械有限公司与新区签署了投资意向书，拟在新区设立区域总部，正式合同仍在洽谈之中'], _intent + ' (意向书, 拟)')
R(YB, 'located_in', KQ, f, ['绍兴越贝智能纺机有限公司正式落户柯桥经开区'], 'clause (A正式落户Z)')
s = ['浙江越纺控股集团有限公司与意大利贝洛蒂纺织机械公司合资设立的绍兴越贝智能纺机有限公司']
R(YF, 'partners_with', BL, f, s, 'clause (A与B合资设立的C: joint venture parents)')
for p in (YF, BL):
    U(YB, 'subsidiary_of', p, f, s + ['双方各持股50%'], _equal)
R(YB, 'partners_with', HZ, f, ['越贝智能纺机还与绍兴华舟印染有限公司签订了为期五年的设备供应协议'], 'clause (a signed five-year 供应协议, as dev2-dev7)')
U(HZ, 'located_in', KQ, f, ['作为区内规模最大的印染企业之一，华舟印染'], '区内 in a paragraph about 柯桥经开区 that follows a signing held in the new area: the referent of 区内 is inferred')
s = ['柯桥经开区在巩固高端纺织传统优势的同时，正着力发展智能装备和新材料两大新兴产业']
for c in ('high-end-textile', 'intelligent-equipment', 'new-materials'):
    R(KQ, 'focuses_on', K_(c), f, s, 'clause (Z在巩固X优势的同时，正着力发展Y和W两大新兴产业)')

# ---- m03 赣州经开区 / 赣州高新区 (集中开工 news report: main venue and sub-venue)
f = 'm03_ganzhou.txt'; GE = 'zone:ganzhou-etdz'; GH = 'zone:ganzhou-hitech'; KJC = 'zone:ganzhou-nev-sci-tech-city'; GCB = 'zone:ganzhou-cbz'
CG = C('jiangxi-chigan-nev'); CGP = P_('chigan-nev-vehicle-expansion'); YCG = C('guangzhou-yuechi-auto-group'); JL = C('jiangxi-junli-e-drive')
JLP = P_('junli-e-drive-base'); JLH = C('zhejiang-junli-power'); MX = C('ganzhou-mingxun-circuit-tech'); WT = C('ganzhou-wutuo-cemented-carbide')
WTP = P_('wutuo-carbide-cutting-tools'); XY = C('jiangxi-xiyuan-magnet-tech'); XYP = P_('xiyuan-ndfeb-magnet')
R(CGP, 'located_in', KJC, f, ['驰赣新能源整车扩能项目位于赣州新能源汽车科技城北区'], 'clause (B位于sub-park…)')
U(CGP, 'located_in', GE, f, ['驰赣新能源整车扩能项目位于赣州新能源汽车科技城北区'], _transitive + ' (the main venue is in 经开区, but the project itself is placed in the sub-park)')
R(CG, 'owns', CGP, f, ['由江西驰赣新能源汽车有限公司投资42亿元建设'], 'clause (B…由A投资N亿元建设)')
R(CG, 'subsidiary_of', YCG, f, ['驰赣新能源由广州粤驰汽车集团股份有限公司控股'], 'clause (A由B控股: control stated)')
R(CG, 'located_in', GE, f, ['2021年落户经开区'], 'clause (A…落户Z)')
s = ['科技城是经开区发展新能源汽车产业的核心承载区']
R(KJC, 'located_in', GE, f, s, 'clause (sub-park是Z…的核心承载区: the sub-park is part of the zone)')
R(GE, 'focuses_on', K_('new-energy-vehicles'), f, s, 'clause (Z发展X产业: the zone\'s industry)')
U(KJC, 'focuses_on', K_('new-energy-vehicles'), f, s + ['区内已集聚整车、电池、电机、电控等上下游企业120余家'], _carrier + ' (区内 = 科技城; the upstream list names no cluster of its own)')
R(JLP, 'located_in', KJC, f, ['同在科技城开工的还有骏力电驱总成生产基地'], 'clause (在sub-park开工的还有B)')
U(JLP, 'located_in', GE, f, ['同在科技城开工的还有骏力电驱总成生产基地'], _transitive)
R(JL, 'owns', JLP, f, ['该基地由江西骏力电驱科技有限公司投资11.5亿元建设'], 'clause (该基地由A投资建设)')
U(JL, 'located_in', KJC, f, ['该基地由江西骏力电驱科技有限公司投资11.5亿元建设'], _only_project)
R(JL, 'partners_with', CG, f, ['我们和驰赣已经签了五年的电驱系统配套协议'], 'sentence (quote of 骏力电驱\'s manager: 我们 = 骏力电驱; a signed five-year 配套协议)')
R(JL, 'subsidiary_of', JLH, f, ['骏力电驱是总部位于宁波的浙江骏力动力股份有限公司的全资子公司'], 'clause (A是B的全资子公司; the parent\'s head office is elsewhere)')
R(GE, 'focuses_on', K_('electronic-components'), f, ['赣州经开区近年来持续招引印制电路板和电子元器件企业'], 'clause (Z持续招引X企业: a target, as heldout 围绕X招商)')
s = ['铭讯电路是经开区电子信息产业的重点企业']
R(MX, 'member_of', K_('electronic-information'), f, s, 'clause (A是Z X产业的重点企业)')
R(MX, 'located_in', GE, f, s, 'clause (A是Z X产业的重点企业, as dev5-dev7)')
U(GE, 'focuses_on', K_('electronic-information'), f, s, 'the zone has the industry (implied by a firm\'s description), not a stated target')
U(MX, 'located_in', GCB, f, ['赣州铭讯电路科技有限公司的高多层板扩产项目当天在赣州综合保税区开工'], _only_project + ' (an unnamed project, in the sub-zone)')
R(GCB, 'located_in', GE, f, ['赣州综合保税区位于经开区西部'], 'clause (sub-zone位于Z…)')
R(WT, 'owns', WTP, f, ['赣州钨拓硬质合金有限公司投资9.6亿元建设的钨拓高性能硬质合金刀具项目'], 'clause (A投资N亿元建设的B)')
R(WTP, 'located_in', GH, f, ['在赣州高新区分会场，赣州钨拓硬质合金有限公司投资9.6亿元建设的钨拓高性能硬质合金刀具项目正式开工'], 'sentence (在Z分会场，…B正式开工: started at the zone\'s venue)')
U(WT, 'located_in', GH, f, ['在赣州高新区分会场，赣州钨拓硬质合金有限公司投资9.6亿元建设的钨拓高性能硬质合金刀具项目正式开工'], _only_project)
s = ['高新区把稀土新材料定为首位产业，并着力做大硬质合金和有色金属精深加工两个板块']
for c in ('rare-earth-materials', 'cemented-carbide', 'nonferrous-metals'):
    R(GH, 'focuses_on', K_(c), f, s, 'clause (Z把X定为首位产业，并着力做大Y和W…两个板块)')
s = ['江西稀源永磁科技有限公司是高新区稀土新材料产业链上的骨干企业']
R(XY, 'member_of', K_('rare-earth-materials'), f, s, 'clause (A是Z X产业链上的骨干企业)')
R(XY, 'located_in', GH, f, s, 'clause (A是Z X产业链上的骨干企业)')
R(XY, 'owns', XYP, f, ['其新建的稀源高性能钕铁硼磁材项目'], 'clause (其新建的B)')
R(XYP, 'located_in', GH, f, ['其新建的稀源高性能钕铁硼磁材项目当天也在分会场开工'], 'sentence (B当天也在分会场开工; 分会场 = the venue in 高新区 named at the start of the sentence and in the lead)')
U(JL, 'located_in', GH, f, ['江西骏力电驱科技有限公司正考虑在高新区增设一个电机研发中心，目前尚在论证阶段'], _intent + ' (正考虑…尚在论证)')

# ---- m04 宜昌高新区 (newspaper feature on the 新能源材料 cluster)
f = 'm04_yichang.txt'; Z = 'zone:yichang-hitech'; BY = 'zone:yichang-baiyang-park'; BIO = 'zone:yichang-bio-park'
LS = C('yichang-linsheng-chemical'); LSP = P_('linsheng-battery-grade-iron-phosphate'); CL = C('hubei-chulin-group')
YL = C('hubei-yili-new-energy-materials'); TZ = C('japan-tomizawa-chemical'); FL = C('yichang-fuli-electrolyte')
HS = C('yichang-haosheng-battery-tech'); HSP = P_('haosheng-20gwh-storage-cell'); NEM = K_('new-energy-materials')
R(BY, 'located_in', Z, f, ['宜昌高新区白洋工业园的货运通道'], 'clause (Z + sub-park written together, as dev4 沈阳高新区沈阳国际软件园)')
s = ['高新区以新能源材料为首位产业，同步发展精细化工和生物医药']
for c in ('new-energy-materials', 'fine-chemicals', 'biomedicine'):
    R(Z, 'focuses_on', K_(c), f, s, 'clause (Z以X为首位产业，同步发展Y和W; reported speech of the zone official)')
R(Z, 'focuses_on', K_('energy-storage'), f, ['高新区将围绕新能源材料和储能产业，重点补齐'], 'clause (Z将围绕X和Y…)')
R(BY, 'focuses_on', NEM, f, ['目前仅白洋工业园一地就集聚了新能源材料上下游企业46家'], 'clause (sub-park集聚了X上下游企业: what the park has, as heldout 形成/集聚)')
R(BIO, 'located_in', Z, f, ['位于高新区东部的宜昌生物产业园'], 'clause (位于Z…的sub-park)')
U(BIO, 'focuses_on', K_('biomedicine'), f, ['宜昌生物产业园则承载着生物医药板块'], _carrier)
R(LS, 'located_in', BY, f, ['这家企业扎根白洋工业园已有十五年'], 'sentence (这家企业 = 磷晟化工, named in the sentence before; 扎根Z)')
U(LS, 'located_in', Z, f, ['这家企业扎根白洋工业园已有十五年'], _transitive)
R(LS, 'owns', LSP, f, ['三年前投资12亿元建成磷晟电池级磷酸铁项目'], 'sentence (这家企业…投资N亿元建成B)')
U(LSP, 'located_in', BY, f, ['三年前投资12亿元建成磷晟电池级磷酸铁项目'], 'the project of a firm in the sub-park; its own site is not stated')
R(LS, 'subsidiary_of', CL, f, ['磷晟化工是湖北楚磷集团股份有限公司旗下企业'], 'clause (A是B旗下企业; the group\'s head office is elsewhere)')
R(YL, 'partners_with', LS, f, ['两家去年续签了五年期的长期采购协议'], 'sentence (quote of 宜锂\'s manager: 我们 = 宜锂, 两家 = 宜锂 and 磷晟; a signed five-year 采购协议)')
U(YL, 'located_in', Z, f, ['往下一环，是湖北宜锂新能源材料有限公司'], 'a link of the chain told in a feature about the zone: placement by document scope')
R(YL, 'partners_with', TZ, f, ['宜锂与日本富泽化学株式会社合资成立宜昌富锂电解液有限公司'], 'clause (A与B合资成立C: joint venture parents)')
R(FL, 'subsidiary_of', YL, f, ['由宜锂控股55%'], 'clause (由A控股55%: control stated in words)')
U(FL, 'subsidiary_of', TZ, f, ['宜锂与日本富泽化学株式会社合资成立宜昌富锂电解液有限公司'], _minority)
R(HS, 'located_in', Z, f, ['宜昌昊晟电池科技有限公司去年在高新区投产'], 'clause (A在Z投产)')
R(HS, 'owns', HSP, f, ['其昊晟20GWh储能电芯项目总投资70亿元'], 'clause (其B)')
U(HSP, 'located_in', Z, f, ['宜昌昊晟电池科技有限公司去年在高新区投产，其昊晟20GWh储能电芯项目'], 'the project of a firm that went into production in the zone; its own site is not stated')
R(HS, 'member_of', K_('lithium-battery-materials'), f, ['昊晟电池是高新区锂电材料和电池产业链上的“链主”企业之一'], 'clause (A是Z X…产业链上的链主企业)')
s = ['江苏拓锐储能科技有限公司正与高新区洽谈在白洋工业园建设储能系统集成项目，双方尚未签约']
U(C('jiangsu-tuorui-energy-storage'), 'located_in', BY, f, s, _intent + ' (洽谈, 尚未签约)')
U(C('jiangsu-tuorui-energy-storage'), 'located_in', Z, f, s, _intent + ' (洽谈, 尚未签约)')

# ---- m05 古雷开发区 / 漳州台商投资区 (上半年经济运行 news item)
f = 'm05_zhangzhou.txt'; Z = 'zone:gulei-port-edz'; T = 'zone:zhangzhou-tib-zone'
GX = C('fujian-guxiang-petrochemical'); GHN = C('fujian-guhong-new-materials'); ML = C('fujian-minlan-energy-group'); HX = C('taiwan-huaxiang-petrochemical')
GHP = P_('guhong-high-end-polycarbonate'); RG = C('zhangzhou-ruigang-storage'); RGP = P_('ruigang-liquid-chemical-terminal-ph2')
s = ['开发区将继续围绕石油化工、化工新材料和精细化工三个方向延链补链']
for c in ('petrochemicals', 'chemical-new-materials', 'fine-chemicals'):
    R(Z, 'focuses_on', K_(c), f, s, 'clause (Z将继续围绕X、Y和W三个方向延链补链)')
s = ['福建古翔石化有限公司、福建古泓新材料有限公司等企业拉动最为明显，合计带来石化产值新增部分的七成多']
for c in (GX, GHN):
    R(c, 'member_of', K_('petrochemicals'), f, s, 'sentence (A、B等企业…带来石化产值新增部分的七成多: 石化 = the 石油化工产业 of the sentence before, as dev7 该产业)')
    U(c, 'located_in', Z, f, s, 'contribution to the zone\'s output growth: placement by inference')
s = ['福建闽岚能源集团有限公司和台湾华翔石化股份有限公司共同出资成立的合资公司']
R(ML, 'partners_with', HX, f, s, 'clause (这家企业是A和B共同出资成立的合资公司)')
R(GX, 'subsidiary_of', ML, f, ['闽岚能源控股60%'], 'clause (A控股60%: control stated in words)')
U(GX, 'subsidiary_of', HX, f, s, _minority)
R(GHN, 'owns', GHP, f, ['古泓新材料投资46亿元建设的古泓高端聚碳酸酯项目'], 'clause (A投资N亿元建设的B)')
R(GHP, 'located_in', Z, f, ['是上半年全区投产的最大单体项目'], 'clause (B…是上半年全区投产的最大单体项目: 全区 = the zone, as dev5 f03 / dev7)')
U(GX, 'partners_with', GHN, f, ['该项目所需双酚A等原料由古翔石化通过管廊直接供应'], _supply)
U(GHN, 'subsidiary_of', GX, f, ['古翔石化同时持有古泓新材料30%的股份'], 'a 30% stake: no control')
R(RG, 'owns', RGP, f, ['漳州瑞港仓储有限公司建设的瑞港液体化工品码头二期工程'], 'clause (A建设的B)')
U(RGP, 'located_in', Z, f, ['同期，漳州瑞港仓储有限公司建设的瑞港液体化工品码头二期工程完成主体结构施工'], 'reported in the zone\'s project paragraph (同期) without a stated site')
R(C('shanghai-kaiheng-fine-chemicals'), 'located_in', Z, f, ['开发区上半年签下新项目14个，投资总额218亿元，上海凯衡精细化学品有限公司的电子级溶剂项目在其中'], 'sentence (Z签下新项目14个，A的项目在其中: counted then named, as heldout Z签约项目包括A)')
U(C('zhangzhou-hengyi-port-services'), 'located_in', Z, f, ['漳州恒屹港务有限公司则打算在开发区南部港区投建散货泊位，前期论证工作正在进行'], _intent + ' (打算…论证)')
s = ['该区的智能家电和食品饮料两大主导产业']
for c in ('smart-home-appliances', 'food-beverage'):
    R(T, 'focuses_on', K_(c), f, s, 'clause (该区的X和Y两大主导产业: 该区 = 漳州台商投资区, the subject of the sentence before)')
JH = C('zhangzhou-jiahong-electric')
R(JH, 'located_in', T, f, ['位于台商投资区的漳州嘉宏电器有限公司'], 'clause (位于Z的A)')
R(JH, 'member_of', K_('smart-home-appliances'), f, ['是一家台资智能家电企业'], 'clause (A是一家…X企业)')
R(C('zhangzhou-fengwei-foods'), 'located_in', T, f, ['区内食品企业漳州丰味食品有限公司'], 'clause (区内…企业A: 区内 = 台商投资区, the subject of the paragraph)')

# ---- m06 鄂尔多斯高新区 / 蒙苏经济开发区 (市领导调研 news report)
f = 'm06_ordos.txt'; OH = 'zone:ordos-hitech'; MS = 'zone:mengsu-edz'; ZC = 'zone:ordos-zero-carbon-park'
SS = C('inner-mongolia-susheng-hydrogen-equipment'); JS = C('jiangsu-susheng-energy-tech'); MH = C('ordos-menghui-new-energy')
CC = C('ordos-chengchuan-energy-storage'); CR = C('shenzhen-chengrui-electric'); JLG = C('ordos-jinglan-pv-tech')
YLD = C('inner-mongolia-yunluan-data-tech'); YLP = P_('yunluan-green-computing-center')
R(ZC, 'located_in', MS, f, ['蒙苏经济开发区的零碳产业园'], 'clause (Z的sub-park)')
R(SS, 'subsidiary_of', JS, f, ['由总部在苏州的江苏苏晟能源科技股份有限公司百分之百持股'], 'clause (这家企业由A百分之百持股: wholly owned, stated in words)')
R(SS, 'located_in', ZC, f, ['去年8月进驻零碳产业园'], 'clause (这家企业…进驻sub-park)')
U(SS, 'located_in', MS, f, ['去年8月进驻零碳产业园'], _transitive)
R(SS, 'partners_with', MH, f, ['他们和鄂尔多斯蒙晖新能源有限公司签下了为期十年的绿电直供合同'], 'clause (他们 = 苏晟, as reported by its manager; a signed ten-year 直供合同)')
s = ['澄川储能的两家股东是蒙晖新能源和深圳澄锐电气股份有限公司']
R(MH, 'partners_with', CR, f, s, 'clause (the two shareholders of a joint venture are partners)')
for p in (MH, CR):
    U(CC, 'subsidiary_of', p, f, s + ['前者出资5100万元，后者出资4900万元'], _ratio)
U(CC, 'located_in', MS, f, ['接着，赵立川来到鄂尔多斯澄川储能科技有限公司'], 'a stop of the visit in 蒙苏经济开发区 (接着): placement by the order of the visit')
s = ['开发区把光伏、新型储能、氢能确定为主攻方向']
for c in ('photovoltaics', 'energy-storage', 'hydrogen'):
    R(MS, 'focuses_on', K_(c), f, s, 'clause (Z把X、Y、W确定为主攻方向; reported by the zone\'s 管委会)')
R(MS, 'focuses_on', K_('new-energy-equipment'), f, ['蒙苏经济开发区要发挥绿电资源优势，做强新能源装备制造'], 'clause (the mayor names the zone: Z要…做强X, as dev4 e04)')
R(JLG, 'located_in', ZC, f, ['这家企业在零碳产业园北区'], 'clause (这家企业在sub-park…)')
U(JLG, 'located_in', MS, f, ['这家企业在零碳产业园北区'], _transitive)
R(YLD, 'owns', YLP, f, ['内蒙古云峦数据科技有限公司投资建设的云峦绿色算力中心'], 'clause (A投资建设的B)')
R(YLP, 'located_in', OH, f, ['在鄂尔多斯高新区，赵立川走进内蒙古云峦数据科技有限公司投资建设的云峦绿色算力中心'], 'sentence (在Z，…走进A投资建设的B)')
s = ['云峦数据是高新区云计算产业的龙头企业']
R(YLD, 'member_of', K_('cloud-computing'), f, s, 'clause (A是Z X产业的龙头企业)')
R(YLD, 'located_in', OH, f, s + ['位于高新区的是其西北区域运营主体'], 'clause (A是Z X产业的龙头企业; 位于Z的是其…运营主体; the head office is in 北京)')
s = ['高新区要聚焦云计算和大数据产业']
for c in ('cloud-computing', 'big-data'):
    R(OH, 'focuses_on', K_(c), f, s, 'clause (the mayor names the zone: Z要聚焦X和Y, as dev4 e04)')
U(C('inner-mongolia-ehua-coal-based-new-materials'), 'located_in', OH, f, ['公司计划在高新区布局一个煤基可降解材料中试基地，目前正在进行技术论证'], _intent + ' (计划…论证)')

# ---- m07 德阳 (招商引资 progress report: one section per zone)
f = 'm07_deyang.txt'; DE = 'zone:deyang-etdz'; DH = 'zone:deyang-hitech'; GH = 'zone:guanghan-edz'
DZ = C('sichuan-dezhong-energy-equipment'); DZP = P_('dezhong-gas-turbine-components'); JC = C('deyang-jingchuan-precision-casting')
CT = C('sichuan-chuantan-new-materials'); DF = C('deyang-development-holding-group'); HSF = C('jiangsu-hengsi-carbon-fiber')
XYA = C('sichuan-xiangyu-general-aviation')
s = ['经开区坚持以高端装备制造为主导，重点招引新能源装备和电力装备配套企业']
for c in ('high-end-equipment-manufacturing', 'new-energy-equipment', 'power-equipment'):
    R(DE, 'focuses_on', K_(c), f, s, 'clause (Z坚持以X为主导，重点招引Y和W配套企业)')
R(DZ, 'owns', DZP, f, ['四川德重能源装备有限公司投资35亿元建设的德重大型燃气轮机部件产业化项目'], 'clause (A投资N亿元建设的B)')
R(DZP, 'located_in', DE, f, ['德阳经开区一季度签约项目12个', '签约项目中，四川德重能源装备有限公司投资35亿元建设的德重大型燃气轮机部件产业化项目已于3月开工'], 'paragraph (Z签约项目12个…签约项目中，B: the section\'s zone, counted then named)')
R(DZ, 'subsidiary_of', C('chengdu-shuneng-equipment-group'), f, ['德重能源是成都蜀能装备集团有限公司的控股子公司'], 'clause (A是B的控股子公司)')
R(DZ, 'partners_with', JC, f, ['德重能源与德阳旌川精密铸造有限公司签订了为期三年的铸件配套协议'], 'clause (a signed three-year 配套协议)')
R(JC, 'located_in', DE, f, ['后者同样位于经开区'], 'clause (后者 = 旌川精密铸造; 位于Z)')
R(DZ, 'located_in', DE, f, ['后者同样位于经开区'], 'clause (同样位于Z: 同样 states that the first party, 德重能源, is in the zone too)')
s = ['高新区以新材料和医药健康为两大主导产业']
for c in ('new-materials', 'pharma-health'):
    R(DH, 'focuses_on', K_(c), f, s, 'clause (Z以X和Y为两大主导产业)')
U(CT, 'located_in', DH, f, ['四川川碳新材料科技有限公司年产5000吨碳纤维项目完成签约并落户高新区'], 'the unnamed project of the firm lands in the zone (A年产…项目…落户Z): only the project is placed')
s = ['该公司由德阳发展控股集团有限公司与江苏恒丝碳纤维股份有限公司合资组建']
R(DF, 'partners_with', HSF, f, s, 'clause (该公司由A与B合资组建)')
for p in (DF, HSF):
    U(CT, 'subsidiary_of', p, f, s + ['双方各占50%股份'], _equal)
R(XYA, 'located_in', GH, f, ['四川翔宇通用航空有限公司整体迁入广汉经开区'], 'clause (A整体迁入Z)')
R(XYA, 'member_of', K_('aviation'), f, ['翔宇通航是广汉经开区航空产业的链主企业'], 'clause (A是Z X产业的链主企业)')
U(GH, 'focuses_on', K_('general-aviation'), f, ['通用航空领域招商取得突破'], 'an achievement of the quarter (招商取得突破), not a stated target')
U(GH, 'focuses_on', K_('aviation'), f, ['翔宇通航是广汉经开区航空产业的链主企业'], 'the zone has the industry (implied by a firm\'s description), not a stated target')
R(GH, 'focuses_on', K_('biomedicine'), f, ['广汉经开区在做强航空板块的同时积极培育生物医药产业'], 'clause (Z…积极培育X产业)')
U(C('chengdu-yunlu-uav-tech'), 'located_in', GH, f, ['成都云鹭无人机科技有限公司正与广汉经开区洽谈建设整机总装线，目前处于意向阶段'], _intent + ' (洽谈, 意向阶段)')

# ---- m08 曹妃甸经开区 (profile / interview feature), 唐山高新区
f = 'm08_tangshan.txt'; Z = 'zone:tangshan-caofeidian-etdz'; CB = 'zone:caofeidian-cbz'; TH = 'zone:tangshan-hitech'
HG = C('hebei-hangang-fine-plate'); ZH = C('tangshan-zhihan-robotics'); BG = C('hebei-bogang-petrochemical'); BGP = P_('bogang-refining-integration')
TJ = C('tangshan-tongjia-port-logistics'); GY = C('hebei-gangyun-group'); SP = C('singapore-pacific-warehousing')
s = ['经开区依托25万吨级航道，形成了以钢铁产业、石油化工和港口物流为支柱的产业格局']
for c in ('steel', 'petrochemicals', 'port-logistics'):
    R(Z, 'focuses_on', K_(c), f, s, 'clause (Z…形成了以X、Y和W为支柱的产业格局)')
s = ['我们将把海工装备和氢能作为新的增长点来培育']
for c in ('offshore-engineering-equipment', 'hydrogen'):
    R(Z, 'focuses_on', K_(c), f, s, 'sentence (quote of the zone\'s 管委会主任: 我们 = the zone, as dev3 d06)')
R(HG, 'located_in', Z, f, ['瀚钢板材2012年从唐山市区整体搬迁至曹妃甸经开区'], 'clause (A…整体搬迁至Z)')
R(HG, 'member_of', K_('steel'), f, ['是经开区钢铁产业的龙头企业'], 'clause (A…是Z X产业的龙头企业)')
R(ZH, 'located_in', TH, f, ['来自唐山高新区的唐山智焊机器人有限公司'], 'clause (Z的A)')
R(HG, 'partners_with', ZH, f, ['两家企业去年签了三年的设备维保和采购框架协议'], 'sentence (quote of 瀚钢\'s deputy manager: 两家企业 = 瀚钢 and 智焊; a signed three-year 采购 agreement)')
R(BG, 'owns', BGP, f, ['河北渤港石化有限公司投资120亿元建设的渤港千万吨级炼化一体化项目'], 'clause (A投资N亿元建设的B)')
U(BGP, 'located_in', Z, f, ['离瀚钢不远的石化片区，河北渤港石化有限公司投资120亿元建设的渤港千万吨级炼化一体化项目'], 'placed only by 离瀚钢不远的石化片区 (near a firm in the zone) and 选择这里 in reported speech: inference')
U(BG, 'located_in', Z, f, ['项目负责人说，选择这里，看中的是原油可以直接从码头经管道输送进厂'], 'deictic 这里 in the reported words of the project head; the firm is otherwise placed only through its project')
R(BG, 'subsidiary_of', C('zhonghai-boneng-investment-group'), f, ['渤港石化是中海渤能投资集团有限公司旗下企业'], 'clause (A是B旗下企业; the group\'s head office is elsewhere)')
R(TH, 'focuses_on', K_('robotics'), f, ['唐山高新区近年来把机器人产业作为首位产业来打造'], 'clause (Z把X作为首位产业来打造)')
R(ZH, 'member_of', K_('robotics'), f, ['智焊机器人是其中的骨干企业'], 'sentence (其中 = the 机器人产业 of 唐山高新区 just named)')
R(CB, 'located_in', Z, f, ['曹妃甸综合保税区位于经开区东南部'], 'clause (sub-zone位于Z…)')
R(TJ, 'located_in', CB, f, ['唐山通嘉港口物流有限公司在综保区内运营着一座冷链仓库'], 'clause (A在sub-zone内运营…)')
U(TJ, 'located_in', Z, f, ['唐山通嘉港口物流有限公司在综保区内运营着一座冷链仓库'], _transitive)
s = ['该公司由河北港运集团有限公司与新加坡太平洋仓储私人有限公司合资设立']
R(GY, 'partners_with', SP, f, s, 'clause (该公司由A与B合资设立)')
R(TJ, 'subsidiary_of', GY, f, ['河北港运集团控股51%'], 'clause (A控股51%: control stated in words)')
U(TJ, 'subsidiary_of', SP, f, s, _minority)
U(C('hebei-hailan-heavy-industry'), 'located_in', Z, f, ['河北海澜重工有限公司正在与经开区洽谈建设海上风机基础制造基地，目前尚未签约'], _intent + ' (洽谈, 尚未签约)')
