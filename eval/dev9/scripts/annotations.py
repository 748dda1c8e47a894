# Gold annotation of the dev9 corpus, written as anchored text so that offsets are computed, never typed.
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
NOTE_N06 = 'bare 园区 (earlier sets keep such uses uncertain); here, in the lead (记者就园区发展话题专访了经开区管委会主任), it means 十堰经开区'

MENTIONS['n01_zibo.txt'] = [
    ('[淄博高新技术产业开发区]关于', 'zone:zibo-hitech'),
    ('年，[高新区]坚持', 'zone:zibo-hitech'),
    ('中，[高新区]在全', 'zone:zibo-hitech'),
    ('进。[新材料产业]完成', 'cluster:new-materials'),
    ('%。[高新区]已形', 'zone:zibo-hitech'),
    ('成以[淄博鲁岳新材料股份有限公司]（以', 'company:zibo-luyue-new-materials'),
    ('称“[鲁岳新材]”）', 'company:zibo-luyue-new-materials'),
    ('）、[淄博华陶精密陶瓷有限公司]为代', 'company:zibo-huatao-precision-ceramics'),
    ('表的[先进陶瓷产业集群]。鲁', 'cluster:advanced-ceramics'),
    ('。[鲁岳新材]投资', 'company:zibo-luyue-new-materials'),
    ('设的[鲁岳高纯氧化铝粉体项目]于9', 'project:luyue-high-purity-alumina-powder'),
    ('吨。[华陶精密陶瓷]由鲁', 'company:zibo-huatao-precision-ceramics'),
    ('由[鲁岳新材]与日', 'company:zibo-luyue-new-materials'),
    ('与[日本丸井窑业株式会社]合资', 'company:japan-marui-kiln'),
    ('建，[鲁岳新材]持股', 'company:zibo-luyue-new-materials'),
    ('家。[山东齐芯微电子有限公司]自主', 'company:shandong-qixin-microelectronics'),
    ('落户[高新区]，是', 'zone:zibo-hitech'),
    ('京的[华测传感科技集团有限公司]的全', 'company:huace-sensing-tech-group'),
    ('月，[齐芯微电子]与山', 'company:shandong-qixin-microelectronics'),
    ('与[山东泓驰汽车电子有限公司]签订', 'company:shandong-hongchi-auto-electronics'),
    ('品。[生物医药]方面', 'cluster:biomedicine'),
    ('面，[山东康宜生物制药有限公司]两款', 'company:shandong-kangyi-biopharma'),
    ('化。[高新区]与齐', 'zone:zibo-hitech'),
    ('与[齐鲁化学工业区]建立', 'zone:zibo-qilu-chemical-park'),
    ('位于[齐鲁化学工业区]的淄', 'zone:zibo-qilu-chemical-park'),
    ('的[淄博齐润化工有限公司]已为', 'company:zibo-qirun-chemical'),
    ('已为[鲁岳新材]稳定', 'company:zibo-luyue-new-materials'),
    ('是，[淄博铂晟新能源有限公司]原拟', 'company:zibo-bosheng-new-energy'),
    ('拟在[高新区]建设', 'zone:zibo-hitech'),
    ('年，[高新区]将以', 'zone:zibo-hitech'),
    ('做强[新材料]首位', 'cluster:new-materials'),
    ('支持[鲁岳新材]启动', 'company:zibo-luyue-new-materials'),
    ('推动[淄博华陶精密陶瓷有限公司]拓展', 'company:zibo-huatao-precision-ceramics'),
    ('力争[新材料产业]产值', 'cluster:new-materials'),
    ('壮大[智能装备]和生', 'cluster:intelligent-equipment'),
    ('和[生物医药]两大', 'cluster:biomedicine'),
    ('加快[山东康宜生物制药有限公司]新药', 'company:shandong-kangyi-biopharma'),
    ('推动[济南拓远智能装备有限公司]年内', 'company:jinan-tuoyuan-intelligent-equipment'),
    ('入驻[高新区]，建', 'zone:zibo-hitech'),
    ('布局[氢能]和集', 'cluster:hydrogen'),
    ('和[集成电路]两个', 'cluster:integrated-circuits'),
    ('商；[华测传感科技集团有限公司]有意', 'company:huace-sensing-tech-group'),
    ('意在[高新区]设立', 'zone:zibo-hitech'),
    ('。与[齐鲁化学工业区]共建', 'zone:zibo-qilu-chemical-park'),
]
MENTIONS['n02_jiujiang.txt'] = [
    ('[九江经开区]5个', 'zone:jiujiang-etdz'),
    ('午，[九江经济技术开发区]举行', 'zone:jiujiang-etdz'),
    ('涵盖[电子信息]、汽', 'cluster:electronic-information'),
    ('、[汽车零部件]和精', 'cluster:auto-parts'),
    ('和[精细化工]等领', 'cluster:fine-chemicals'),
    ('设在[九江晶澜光电科技有限公司]的新', 'company:jiujiang-jinglan-optoelectronics'),
    ('建的[晶澜新型背光显示模组项目]首条', 'project:jinglan-backlight-display-module'),
    ('转。[晶澜光电]20', 'company:jiujiang-jinglan-optoelectronics'),
    ('入驻[经开区]，母', 'zone:jiujiang-etdz'),
    ('司为[深圳晶澜显示集团股份有限公司]，后', 'company:shenzhen-jinglan-display-group'),
    ('说，[晶澜光电]已经', 'company:jiujiang-jinglan-optoelectronics'),
    ('经和[厦门天翊显示技术有限公司]签下', 'company:xiamen-tianyi-display-tech'),
    ('还有[江西浔铝新材料有限公司]的浔', 'company:jiangxi-xunlv-new-materials'),
    ('的[浔铝新能源汽车铝合金结构件项目]。该', 'project:xunlv-nev-aluminium-structural-parts'),
    ('位于[经开区]城西', 'zone:jiujiang-etdz'),
    ('，由[浔铝新材]投资', 'company:jiangxi-xunlv-new-materials'),
    ('月。[浔铝新材]由佛', 'company:jiangxi-xunlv-new-materials'),
    ('由[佛山南粤铝业集团有限公司]控股', 'company:foshan-nanyue-aluminium-group'),
    ('[九江恒庐汽车饰件有限公司]投资', 'company:jiujiang-henglu-auto-trim'),
    ('设的[恒庐汽车座椅及内饰件项目]也在', 'project:henglu-auto-seat-interior'),
    ('，是[经开区]今年', 'zone:jiujiang-etdz'),
    ('今年[汽车零部件]板块', 'cluster:auto-parts'),
    ('供给[南昌赣驰汽车有限公司]，首', 'company:nanchang-ganchi-auto'),
    ('[九江综合保税区]内，', 'zone:jiujiang-cbz'),
    ('内，[九江庐峰电子科技有限公司]的服', 'company:jiujiang-lufeng-electronics'),
    ('产。[九江综合保税区]地处', 'zone:jiujiang-cbz'),
    ('地处[经开区]内，', 'zone:jiujiang-etdz'),
    ('流和[跨境电商]。庐', 'cluster:cross-border-ecommerce'),
    ('。[庐峰电子]是区', 'company:jiujiang-lufeng-electronics'),
    ('在[精细化工]方面', 'cluster:fine-chemicals'),
    ('面，[江西昌九化工有限公司]与德', 'company:jiangxi-changjiu-chemical'),
    ('与[德国赫尔曼化学公司]合资', 'company:germany-hermann-chemie'),
    ('建的[九江德昌特种助剂有限公司]正式', 'company:jiujiang-dechang-specialty-additives'),
    ('半。[昌九化工]同时', 'company:jiangxi-changjiu-chemical'),
    ('究在[综保区]新设', 'zone:jiujiang-cbz'),
    ('[九江经开区]党工', 'zone:jiujiang-etdz'),
    ('示，[经开区]将持', 'zone:jiujiang-etdz'),
    ('聚焦[电子信息]和汽', 'cluster:electronic-information'),
    ('和[汽车零部件]两大', 'cluster:auto-parts'),
    ('做大[精细化工]特色', 'cluster:fine-chemicals'),
    ('将在[经开区]投资', 'zone:jiujiang-etdz'),
    ('者从[经开区]获悉', 'zone:jiujiang-etdz'),
]
MENTIONS['n03_xiangtan.txt'] = [
    ('推介[智能制造产业链] 现', 'cluster:intelligent-manufacturing'),
    ('区”[湘潭经开区]、湘', 'zone:xiangtan-etdz'),
    ('、[湘潭高新区]智能', 'zone:xiangtan-hitech'),
    ('[智能制造产业链]招商', 'cluster:intelligent-manufacturing'),
    ('上，[湘潭经济技术开发区]管委', 'zone:xiangtan-etdz'),
    ('说，[经开区]已经', 'zone:xiangtan-etdz'),
    ('形成[汽车零部件]、智', 'cluster:auto-parts'),
    ('、[智能装备]和电', 'cluster:intelligent-equipment'),
    ('和[电子信息]三大', 'cluster:electronic-information'),
    ('[湘潭高新区]相关', 'zone:xiangtan-hitech'),
    ('绍，[高新区]以新', 'zone:xiangtan-hitech'),
    ('以[新能源装备]为首', 'cluster:new-energy-equipment'),
    ('时在[先进金属材料]领域', 'cluster:advanced-metal-materials'),
    ('节，[深圳博锐智能科技有限公司]与经', 'company:shenzhen-borui-intelligent-tech'),
    ('与[经开区]签订', 'zone:xiangtan-etdz'),
    ('建设[博锐精密减速器及关节模组项目]。项', 'project:borui-precision-reducer-joint-module'),
    ('落户[湘潭经开区]九华', 'zone:xiangtan-etdz'),
    ('台。[博锐智能]负责', 'company:shenzhen-borui-intelligent-tech'),
    ('备。[深圳拓微电子科技有限公司]则把', 'company:shenzhen-tuowei-electronics'),
    ('在了[经开区]，其', 'zone:xiangtan-etdz'),
    ('元的[拓微车规级功率模块项目]同场', 'project:tuowei-automotive-power-module'),
    ('[湖南潭州电机股份有限公司]与深', 'company:hunan-tanzhou-motor'),
    ('与[深圳海川储能科技有限公司]当天', 'company:shenzhen-haichuan-energy-storage'),
    ('设立[湖南潭川新能源装备有限公司]，其', 'company:hunan-tanchuan-new-energy-equipment'),
    ('其中[潭州电机]出资', 'company:hunan-tanzhou-motor'),
    ('东。[潭州电机]扎根', 'company:hunan-tanzhou-motor'),
    ('扎根[湘潭高新区]二十', 'zone:xiangtan-hitech'),
    ('，是[高新区]新能', 'zone:xiangtan-hitech'),
    ('[新能源装备产业]的链', 'cluster:new-energy-equipment'),
    ('注。[湖南吉湘汽车零部件有限公司]与深', 'company:hunan-jixiang-auto-parts'),
    ('与[深圳华越线束科技有限公司]签订', 'company:shenzhen-huayue-wire-harness'),
    ('议。[吉湘汽车零部件]是总', 'company:hunan-jixiang-auto-parts'),
    ('波的[浙江吉峰汽车部件集团有限公司]旗下', 'company:zhejiang-jifeng-auto-parts-group'),
    ('已在[经开区]生产', 'zone:xiangtan-etdz'),
    ('外，[深圳鑫源达电子有限公司]与高', 'company:shenzhen-xinyuanda-electronics'),
    ('与[高新区]签署', 'zone:xiangtan-hitech'),
    ('围绕[智能装备]和新', 'cluster:intelligent-equipment'),
    ('和[新能源装备]，主', 'cluster:new-energy-equipment'),
]
MENTIONS['n04_zunyi.txt'] = [
    ('[黔川新能源]遵义', 'company:guizhou-qianchuan-new-energy-materials'),
    ('位于[遵义经济技术开发区]的贵', 'zone:zunyi-etdz'),
    ('的[贵州黔川新能源材料有限公司]（以', 'company:guizhou-qianchuan-new-energy-materials'),
    ('称“[黔川新能源]”）', 'company:guizhou-qianchuan-new-energy-materials'),
    ('志着[黔川新能源]投资', 'company:guizhou-qianchuan-new-energy-materials'),
    ('设的[黔川年产5万吨磷酸锰铁锂项目]一期', 'project:qianchuan-50kt-lmfp'),
    ('。“[经开区]帮我', 'zone:zunyi-etdz'),
    ('。”[黔川新能源]总经', 'company:guizhou-qianchuan-new-energy-materials'),
    ('说。[黔川新能源]是蜀', 'company:guizhou-qianchuan-new-energy-materials'),
    ('是[蜀锂科技集团股份有限公司]（总', 'company:shuli-tech-group'),
    ('地。[蜀锂集团]董事', 'company:shuli-tech-group'),
    ('电，[经开区]提前', 'zone:zunyi-etdz'),
    ('来自[新蒲新区]的遵', 'zone:zunyi-xinpu-new-area'),
    ('的[遵义汇锰化工有限公司]。两', 'company:zunyi-huimeng-chemical'),
    ('则由[贵州黔磷瑞达化工有限公司]按订', 'company:guizhou-qianlin-ruida-chemical'),
    ('家。[江西赣能动力电池有限公司]已与', 'company:jiangxi-ganneng-power-battery'),
    ('已与[黔川新能源]签订', 'company:guizhou-qianchuan-new-energy-materials'),
    ('发往[长沙湘储能源科技有限公司]等客', 'company:changsha-xiangchu-energy-tech'),
    ('本，[黔川新能源]还与', 'company:guizhou-qianchuan-new-energy-materials'),
    ('还与[遵义黔通物流集团有限公司]合资', 'company:zunyi-qiantong-logistics-group'),
    ('建了[遵义锰川供应链有限公司]，负', 'company:zunyi-mengchuan-supply-chain'),
    ('[遵义经开区]相关', 'zone:zunyi-etdz'),
    ('绍，[经开区]近年', 'zone:zunyi-etdz'),
    ('来把[锂电池材料]作为', 'cluster:lithium-battery-materials'),
    ('家。[黔川新能源]是经', 'company:guizhou-qianchuan-new-energy-materials'),
    ('是[经开区]锂电', 'zone:zunyi-etdz'),
    ('[锂电池材料产业]的龙', 'cluster:lithium-battery-materials'),
    ('解，[蜀锂集团]曾考', 'company:shuli-tech-group'),
    ('虑在[新蒲新区]同步', 'zone:zunyi-xinpu-new-area'),
    ('缓。[新区]方面', 'zone:zunyi-xinpu-new-area'),
    ('围绕[新材料]和大', 'cluster:new-materials'),
    ('和[大数据产业]开展', 'cluster:big-data'),
    ('随着[黔川新能源]等企', 'company:guizhou-qianchuan-new-energy-materials'),
]
MENTIONS['n05_jiangmen.txt'] = [
    ('[江门高新区]前三', 'zone:jiangmen-hitech'),
    ('者从[江门高新区]经济', 'zone:jiangmen-hitech'),
    ('度，[江门高新区]实现', 'zone:jiangmen-hitech'),
    ('看，[新型储能]继续', 'cluster:energy-storage'),
    ('%。[江门海岬储能科技有限公司]投资', 'company:jiangmen-haijia-energy-storage'),
    ('设的[海岬储能12GWh电池项目]7月', 'project:haijia-12gwh-battery'),
    ('以来[高新区]投产', 'zone:jiangmen-hitech'),
    ('目。[海岬储能]由总', 'company:jiangmen-haijia-energy-storage'),
    ('州的[广东海岬新能源集团有限公司]持股', 'company:guangdong-haijia-new-energy-group'),
    ('[电子信息产业]保持', 'cluster:electronic-information'),
    ('稳。[江门鸿骏电子有限公司]是高', 'company:jiangmen-hongjun-electronics'),
    ('是[高新区]电子', 'zone:jiangmen-hitech'),
    ('[电子信息产业]的骨', 'cluster:electronic-information'),
    ('前为[海岬储能]供应', 'company:jiangmen-haijia-energy-storage'),
    ('企业[江门粤科精密模具有限公司]由香', 'company:jiangmen-yueke-precision-mould'),
    ('由[香港永华实业有限公司]和江', 'company:hongkong-yonghua-industrial'),
    ('和[江门华业机电有限公司]共同', 'company:jiangmen-huaye-electromechanical'),
    ('面，[高新区]前三', 'zone:jiangmen-hitech'),
    ('个。[高新区]将继', 'zone:jiangmen-hitech'),
    ('做强[新型储能]和电', 'cluster:energy-storage'),
    ('和[电子信息]两大', 'cluster:electronic-information'),
    ('培育[高端装备制造]。今', 'cluster:high-end-equipment-manufacturing'),
    ('月，[江门力拓数控设备有限公司]从佛', 'company:jiangmen-lituo-cnc-equipment'),
    ('迁入[高新区]，新', 'zone:jiangmen-hitech'),
    ('是，[江门中弘光电科技有限公司]此前', 'company:jiangmen-zhonghong-optoelectronics'),
    ('不在[高新区]实施', 'zone:jiangmen-hitech'),
    ('[新会经济开发区]同样', 'zone:xinhui-edz'),
    ('度，[新会经开区]规上', 'zone:xinhui-edz'),
    ('发展[大健康]和食', 'cluster:big-health'),
    ('和[食品饮料]两大', 'cluster:food-beverage'),
    ('企业[江门宝柑生物科技有限公司]与广', 'company:jiangmen-baogan-biotech'),
    ('与[广州岭南药业股份有限公司]签订', 'company:guangzhou-lingnan-pharma'),
    ('外，[海岬储能]计划', 'company:jiangmen-haijia-energy-storage'),
    ('划在[新会经开区]建设', 'zone:xinhui-edz'),
    ('[高新区]经济', 'zone:jiangmen-hitech'),
]
MENTIONS['n06_shiyan.txt'] = [
    ('—访[十堰经开区]管委', 'zone:shiyan-etdz'),
    ('来，[十堰经济技术开发区]围绕', 'zone:shiyan-etdz'),
    ('围绕[汽车产业链]招商', 'cluster:automobile'),
    ('前，[经开区]共有', 'zone:shiyan-etdz'),
    ('访了[经开区]管委', 'zone:shiyan-etdz'),
    ('者：[经开区]今年', 'zone:shiyan-etdz'),
    ('点是[新能源汽车]。十', 'cluster:new-energy-vehicles'),
    ('。[十堰嘉驰新能源汽车有限公司]的纯', 'company:shiyan-jiachi-nev'),
    ('落户[经开区]，由', 'zone:shiyan-etdz'),
    ('，由[重庆嘉驰汽车集团股份有限公司]控股', 'company:chongqing-jiachi-auto-group'),
    ('也是[经开区]的第', 'zone:shiyan-etdz'),
    ('柱。[湖北鄂西车桥股份有限公司]是区', 'company:hubei-exi-axle'),
    ('区内[汽车零部件产业]的链', 'cluster:auto-parts'),
    ('年和[嘉驰新能源]签了', 'company:shiyan-jiachi-nev'),
    ('成。[鄂西车桥]今年', 'company:hubei-exi-axle'),
    ('外，[鄂西车桥]的铸', 'company:hubei-exi-axle'),
    ('要从[十堰丰汇铸造有限公司]采购', 'company:shiyan-fenghui-casting'),
    ('者：[氢能]是很', 'cluster:hydrogen'),
    ('道，[经开区]有什', 'zone:shiyan-etdz'),
    ('们和[十堰高新区]是错', 'zone:shiyan-hitech'),
    ('展。[高新区]侧重', 'zone:shiyan-hitech'),
    ('侧重[新能源汽车]整车', 'cluster:new-energy-vehicles'),
    ('车和[智能网联汽车]，我', 'cluster:intelligent-connected-vehicles'),
    ('主攻[燃料电池]关键', 'cluster:fuel-cells'),
    ('间。[十堰远航氢能科技有限公司]和上', 'company:shiyan-yuanhang-hydrogen'),
    ('和[上海氢途动力科技有限公司]今年', 'company:shanghai-qingtu-power-tech'),
    ('立了[十堰氢远动力系统有限公司]，主', 'company:shiyan-qingyuan-power-systems'),
    ('已在[经开区]竣工', 'zone:shiyan-etdz'),
    ('境，[经开区]做了', 'zone:shiyan-etdz'),
    ('在和[武汉星晖电池科技有限公司]洽谈', 'company:wuhan-xinghui-battery-tech'),
    ('人问[嘉驰]是不', 'company:shiyan-jiachi-nev'),
    ('一步[经开区]的重', 'zone:shiyan-etdz'),
    ('做强[汽车零部件]，壮', 'cluster:auto-parts'),
    ('壮大[新能源汽车]，培', 'cluster:new-energy-vehicles'),
    ('培育[燃料电池产业]，争', 'cluster:fuel-cells'),
]
UNCERTAIN_MENTIONS['n06_shiyan.txt'] = [
    ('者就[园区]发展', 'zone:shiyan-etdz', NOTE_N06),
]
MENTIONS['n07_baoji.txt'] = [
    ('为：[宝鸡高新技术产业开发区]得分', 'zone:baoji-hitech'),
    ('一；[蔡家坡经济技术开发区]得分', 'zone:caijiapo-etdz'),
    ('二；[宝鸡综合保税区]得分', 'zone:baoji-cbz'),
    ('一）[宝鸡高新区]。高', 'zone:baoji-hitech'),
    ('。[高新区]以新', 'zone:baoji-hitech'),
    ('以[新材料]为首', 'cluster:new-materials'),
    ('上，[高端装备制造产业]规模', 'cluster:high-end-equipment-manufacturing'),
    ('大。[宝鸡钛鑫源金属材料有限公司]投资', 'company:baoji-taixinyuan-metal-materials'),
    ('设的[钛鑫源航空级钛合金棒材项目]于1', 'project:taixinyuan-aero-titanium-bar'),
    ('司是[西安秦钛控股集团有限公司]的控', 'company:xian-qintai-holding-group'),
    ('司。[宝鸡渭川精密机床有限公司]是高', 'company:baoji-weichuan-precision-machine-tools'),
    ('是[高新区]数控', 'zone:baoji-hitech'),
    ('[数控机床产业]的骨', 'cluster:industrial-machine-tools'),
    ('，与[钛鑫源]签订', 'company:baoji-taixinyuan-metal-materials'),
    ('二）[蔡家坡经开区]。经', 'zone:caijiapo-etdz'),
    ('。[经开区]坚持', 'zone:caijiapo-etdz'),
    ('持以[汽车零部件]为主', 'cluster:auto-parts'),
    ('%。[陕西岐峰齿轮传动有限公司]与德', 'company:shaanxi-qifeng-gear-transmission'),
    ('与[德国弗兰茨传动技术公司]合资', 'company:germany-franz-drive-tech'),
    ('建的[宝鸡岐德变速箱有限公司]实现', 'company:baoji-qide-gearbox'),
    ('产，[岐峰齿轮]控股', 'company:shaanxi-qifeng-gear-transmission'),
    ('%。[岐德变速箱]的产', 'company:baoji-qide-gearbox'),
    ('供应[陕西秦驰重型汽车有限公司]。另', 'company:shaanxi-qinchi-heavy-truck'),
    ('另有[陕西华岐铸造有限公司]整体', 'company:shaanxi-huaqi-casting'),
    ('迁至[经开区]，成', 'zone:caijiapo-etdz'),
    ('成为[经开区]汽车', 'zone:caijiapo-etdz'),
    ('[汽车零部件产业链]上的', 'cluster:auto-parts'),
    ('三）[宝鸡综合保税区]。综', 'zone:baoji-cbz'),
    ('。[综保区]以保', 'zone:baoji-cbz'),
    ('工和[跨境电商]为发', 'cluster:cross-border-ecommerce'),
    ('%。[宝鸡海钛国际贸易有限公司]在综', 'company:baoji-haitai-international-trade'),
    ('在[综保区]内开', 'zone:baoji-cbz'),
    ('足，[高新区]新一', 'zone:baoji-hitech'),
    ('[新一代信息技术产业]规模', 'cluster:new-generation-it'),
    ('慢，[陕西宏远新能源科技有限公司]原计', 'company:shaanxi-hongyuan-new-energy-tech'),
    ('划在[蔡家坡经开区]建设', 'zone:caijiapo-etdz'),
    ('一）[高新区]要围', 'zone:baoji-hitech'),
    ('围绕[新材料]和高', 'cluster:new-materials'),
    ('和[高端装备制造]，加', 'cluster:high-end-equipment-manufacturing'),
    ('培育[新一代信息技术产业]。', 'cluster:new-generation-it'),
    ('二）[蔡家坡经开区]要做', 'zone:caijiapo-etdz'),
    ('做强[汽车零部件]，积', 'cluster:auto-parts'),
    ('拓展[新能源汽车]配套', 'cluster:new-energy-vehicles'),
    ('域。[宝鸡渭川精密机床有限公司]正与', 'company:baoji-weichuan-precision-machine-tools'),
    ('正与[经开区]洽谈', 'zone:caijiapo-etdz'),
    ('三）[宝鸡综合保税区]要用', 'zone:baoji-cbz'),
    ('修和[跨境电商]业务', 'cluster:cross-border-ecommerce'),
]
MENTIONS['n08_taizhou.txt'] = [
    ('[中国医药城]的“', 'zone:taizhou-js-pharma-hitech'),
    ('半，[泰州医药高新技术产业开发区]的药', 'zone:taizhou-js-pharma-hitech'),
    ('作“[中国医药城]”的', 'zone:taizhou-js-pharma-hitech'),
    ('只做[大健康]这一', 'cluster:big-health'),
    ('。”[泰州医药高新区]管委', 'zone:taizhou-js-pharma-hitech'),
    ('说，[高新区]已经', 'zone:taizhou-js-pharma-hitech'),
    ('成以[疫苗产业]、创', 'cluster:vaccines'),
    ('、[创新药]和高', 'cluster:innovative-drugs'),
    ('和[高端医疗器械]为特', 'cluster:high-end-medical-devices'),
    ('色的[生物医药产业集群]，去', 'cluster:biomedicine'),
    ('在[泰州康禾生物制品有限公司]，流', 'company:taizhou-kanghe-biologics'),
    ('塞。[康禾生物]隶属', 'company:taizhou-kanghe-biologics'),
    ('属于[上海康禾医药集团股份有限公司]，2', 'company:shanghai-kanghe-pharma-group'),
    ('入驻[医药城]，眼', 'zone:taizhou-js-pharma-hitech'),
    ('们和[江苏泰瑞医疗器械有限公司]签了', 'company:jiangsu-tairui-medical-devices'),
    ('[泰瑞医疗]本身', 'company:jiangsu-tairui-medical-devices'),
    ('地的[江苏泰华医药集团有限公司]与德', 'company:jiangsu-taihua-pharma-group'),
    ('与[德国克劳斯医疗技术公司]合资', 'company:germany-klaus-medical-tech'),
    ('，是[高新区]高端', 'zone:taizhou-js-pharma-hitech'),
    ('[高端医疗器械]领域', 'cluster:high-end-medical-devices'),
    ('年，[泰瑞医疗]投资', 'company:jiangsu-tairui-medical-devices'),
    ('设的[泰瑞智能输注设备产业化项目]开工', 'project:tairui-smart-infusion-equipment'),
    ('[创新药]企业', 'cluster:innovative-drugs'),
    ('根。[泰州恒谷医药科技有限公司]专注', 'company:taizhou-henggu-pharma-tech'),
    ('体由[泰兴经济开发区]的泰', 'zone:taixing-edz'),
    ('的[泰兴瑞丰化学有限公司]供应', 'company:taixing-ruifeng-chemical'),
    ('应。[泰兴经开区]距此', 'zone:taixing-edz'),
    ('，以[精细化工]和化', 'cluster:fine-chemicals'),
    ('和[化工新材料]见长', 'cluster:chemical-new-materials'),
    ('称，[康禾生物]计划', 'company:taizhou-kanghe-biologics'),
    ('正与[高新区]接洽', 'zone:taizhou-js-pharma-hitech'),
    ('放在[医药城]，双', 'zone:taizhou-js-pharma-hitech'),
    ('聚焦[疫苗产业]、创', 'cluster:vaccines'),
    ('、[创新药]和高', 'cluster:innovative-drugs'),
    ('和[高端医疗器械]，并', 'cluster:high-end-medical-devices'),
    ('并把[细胞与基因治疗]当作', 'cluster:cell-gene-therapy'),
]

# ---------------------------------------------------------------- relations
RELATIONS = []
UNCERTAIN_RELATIONS = []
def R(h, r, t, f, ev, scope): RELATIONS.append((h, r, t, f, ev, scope))
def U(h, r, t, f, ev, note): UNCERTAIN_RELATIONS.append((h, r, t, f, ev, note))
_supply = 'supply, not partnership (as dev2-dev8)'
_only_project = 'only the firm\'s project is placed (heldout convention: the firm\'s own located_in is uncertain)'
_transitive = 'transitive: the item is placed in the sub-zone, not in the zone itself'
_ratio = 'bare share ratio: control is not stated in words (dev2, dev4, dev8)'
_equal = 'equal joint venture (各出资一半 / 各占一半股份): no parent in control'
_minority = 'minority joint-venture parent: control is stated for the other parent only'
_nocontrol = 'joint venture whose control is not stated (出资比例未披露 / no share given): no parent in control'
_plan = 'plan item of the zone\'s own report (next year\'s tasks): located_in of a plan item is uncertain (seed 003, h04, d01, dev8 m01)'
_intent = 'a plan, intention or negotiation (拟/计划/有意/考虑/研究/洽谈/意向书/论证), not a placement'
_scope = 'placement by document scope only (the article is about the zone; no clause or sentence places the item)'
_jvparent = 'joint-venture parent: its own seat is not stated'
_project_of_placed = 'the project of a firm placed in the zone; the project\'s own site is not stated'

# ---- n01 淄博高新区 (年度工作总结: review of 2024 with facts, then 2025 tasks; the title names the zone)
f = 'n01_zibo.txt'; Z = 'zone:zibo-hitech'; QL = 'zone:zibo-qilu-chemical-park'
LY = C('zibo-luyue-new-materials'); HT = C('zibo-huatao-precision-ceramics'); MW = C('japan-marui-kiln'); LYP = P_('luyue-high-purity-alumina-powder')
QX = C('shandong-qixin-microelectronics'); HC = C('huace-sensing-tech-group'); HCQ = C('shandong-hongchi-auto-electronics')
KY = C('shandong-kangyi-biopharma'); QR = C('zibo-qirun-chemical'); TY = C('jinan-tuoyuan-intelligent-equipment')
s = ['高新区已形成以淄博鲁岳新材料股份有限公司', '淄博华陶精密陶瓷有限公司为代表的先进陶瓷产业集群']
R(Z, 'focuses_on', K_('advanced-ceramics'), f, s, 'clause (Z已形成以A、B为代表的X产业集群: a cluster the zone has, seed convention)')
for c in (LY, HT):
    R(c, 'member_of', K_('advanced-ceramics'), f, s, 'clause (以A、B为代表的X产业集群)')
    U(c, 'located_in', Z, f, s, 'a firm that represents the zone\'s cluster (以X为代表) is not placed by that alone (seed convention); the report is the zone\'s, so document scope only')
R(LY, 'owns', LYP, f, ['鲁岳新材投资15亿元建设的鲁岳高纯氧化铝粉体项目'], 'clause (A投资N亿元建设的B)')
U(LYP, 'located_in', Z, f, ['鲁岳新材投资15亿元建设的鲁岳高纯氧化铝粉体项目于9月建成投产'], 'a fact of the review, but no zone word in the sentence: placement by the report\'s scope only')
s = ['华陶精密陶瓷由鲁岳新材与日本丸井窑业株式会社合资组建']
R(LY, 'partners_with', MW, f, s, 'clause (C由A与B合资组建: joint venture parents)')
R(HT, 'subsidiary_of', LY, f, ['鲁岳新材持股六成并控股'], 'clause (A持股六成并控股: control stated in words)')
U(HT, 'subsidiary_of', MW, f, s, _minority)
R(QX, 'located_in', Z, f, ['这家企业2022年落户高新区'], 'sentence (这家企业 = 齐芯微电子, named in the sentence before; 落户Z)')
R(QX, 'subsidiary_of', HC, f, ['是总部设在北京的华测传感科技集团有限公司的全资子公司'], 'sentence (这家企业…是B的全资子公司; the parent\'s head office is elsewhere)')
R(QX, 'partners_with', HCQ, f, ['齐芯微电子与山东泓驰汽车电子有限公司签订了五年期芯片供货协议'], 'clause (a signed five-year 供货协议, as dev2-dev8)')
U(KY, 'member_of', K_('biomedicine'), f, ['生物医药方面，山东康宜生物制药有限公司两款一类新药获批开展临床试验'], 'the firm is reported under the heading 生物医药方面; membership is inferred')
U(KY, 'located_in', Z, f, ['加快山东康宜生物制药有限公司新药产业化基地建设'], _plan + '; the review mentions the firm without a zone word')
R(QR, 'located_in', QL, f, ['位于齐鲁化学工业区的淄博齐润化工有限公司'], 'clause (位于Z的A)')
U(QR, 'partners_with', LY, f, ['已为鲁岳新材稳定供应铝盐原料两年多'], _supply)
R(Z, 'focuses_on', K_('new-materials'), f, ['（一）做强新材料首位产业'], 'document (the zone\'s own report: a task of next year, as seed 003, h04, d01, dev8 m01; the review also gives the industry\'s share)')
s = ['（二）壮大智能装备和生物医药两大产业']
for c in ('intelligent-equipment', 'biomedicine'):
    R(Z, 'focuses_on', K_(c), f, s, 'document (a task of next year in the zone\'s own report)')
s = ['（三）前瞻布局氢能和集成电路两个新赛道']
for c in ('hydrogen', 'integrated-circuits'):
    R(Z, 'focuses_on', K_(c), f, s, 'document (a task of next year in the zone\'s own report)')
U(TY, 'located_in', Z, f, ['推动济南拓远智能装备有限公司年内入驻高新区'], _plan + ' (推动…年内入驻: not yet done)')
U(HC, 'located_in', Z, f, ['华测传感科技集团有限公司有意在高新区设立北方研发中心，相关事宜正在商谈'], _intent + ' (有意, 正在商谈)')

# ---- n02 九江经开区 (重大项目集中竣工投产 news report)
f = 'n02_jiujiang.txt'; JJ = 'zone:jiujiang-etdz'; CB = 'zone:jiujiang-cbz'
JL = C('jiujiang-jinglan-optoelectronics'); JLP = P_('jinglan-backlight-display-module'); JLG = C('shenzhen-jinglan-display-group')
TY = C('xiamen-tianyi-display-tech'); XL = C('jiangxi-xunlv-new-materials'); XLP = P_('xunlv-nev-aluminium-structural-parts')
NY = C('foshan-nanyue-aluminium-group'); HL = C('jiujiang-henglu-auto-trim'); HLP = P_('henglu-auto-seat-interior'); GC = C('nanchang-ganchi-auto')
LF = C('jiujiang-lufeng-electronics'); CJ = C('jiangxi-changjiu-chemical'); HM = C('germany-hermann-chemie'); DC = C('jiujiang-dechang-specialty-additives')
R(JL, 'owns', JLP, f, ['这家企业斥资28亿元兴建的晶澜新型背光显示模组项目'], 'sentence (这家企业 = 晶澜光电, named in the sentence before; 斥资N亿元兴建的B)')
U(JLP, 'located_in', JJ, f, ['主会场设在九江晶澜光电科技有限公司的新厂房前'], 'the ceremony is the zone\'s and the main venue is at the firm\'s new plant; the project itself is placed by no zone word')
R(JL, 'located_in', JJ, f, ['晶澜光电2021年入驻经开区'], 'clause (A入驻Z)')
R(JL, 'subsidiary_of', JLG, f, ['母公司为深圳晶澜显示集团股份有限公司，后者持有其100%股权'], 'clause (母公司为B: parent stated; the parent\'s head office is elsewhere)')
R(JL, 'partners_with', TY, f, ['晶澜光电已经和厦门天翊显示技术有限公司签下为期三年的模组供货协议'], 'clause (a signed three-year 供货协议)')
R(XL, 'owns', XLP, f, ['江西浔铝新材料有限公司的浔铝新能源汽车铝合金结构件项目', '由浔铝新材投资19亿元建设'], 'sentence (A的B; 该项目…由A投资N亿元建设)')
R(XLP, 'located_in', JJ, f, ['该项目位于经开区城西片区'], 'sentence (该项目 = the project just named; 位于Z…片区)')
U(XL, 'located_in', JJ, f, ['该项目位于经开区城西片区'], _only_project)
R(XL, 'subsidiary_of', NY, f, ['浔铝新材由佛山南粤铝业集团有限公司控股'], 'clause (A由B控股: control stated)')
R(HL, 'owns', HLP, f, ['九江恒庐汽车饰件有限公司投资11亿元建设的恒庐汽车座椅及内饰件项目'], 'clause (A投资N亿元建设的B)')
R(HLP, 'located_in', JJ, f, ['是经开区今年汽车零部件板块竣工的最大单体项目'], 'clause (B…是Z今年…竣工的最大单体项目, as dev8 m05 `全区投产的最大单体项目`)')
U(HL, 'located_in', JJ, f, ['是经开区今年汽车零部件板块竣工的最大单体项目'], _only_project)
U(HL, 'partners_with', GC, f, ['产品将主要供给南昌赣驰汽车有限公司'], _supply)
R(LF, 'located_in', CB, f, ['庐峰电子是区内规模最大的加工贸易企业'], 'sentence (区内 = 九江综合保税区, the subject of the paragraph and of the sentence before; also 九江综合保税区内，A的…项目也迎来投产)')
U(LF, 'located_in', JJ, f, ['庐峰电子是区内规模最大的加工贸易企业'], _transitive)
R(CB, 'located_in', JJ, f, ['九江综合保税区地处经开区内'], 'clause (sub-zone地处Z内)')
R(CB, 'focuses_on', K_('cross-border-ecommerce'), f, ['近年来重点发展保税加工、保税物流和跨境电商'], 'clause (sub-zone重点发展…X; 保税加工 and 保税物流 are no dictionary forms)')
s = ['江西昌九化工有限公司与德国赫尔曼化学公司合资兴建的九江德昌特种助剂有限公司']
R(CJ, 'partners_with', HM, f, s, 'clause (A与B合资兴建的C: joint venture parents)')
for p in (CJ, HM):
    U(DC, 'subsidiary_of', p, f, s + ['双方此前约定各出资一半'], _equal)
U(DC, 'located_in', JJ, f, s + ['正式投产'], _scope + ' (one of the five projects of the zone\'s ceremony, but its site is not stated)')
U(CJ, 'located_in', CB, f, ['公司正在研究在综保区新设一个保税仓储项目，目前仍处于前期论证阶段'], _intent + ' (正在研究…前期论证)')
s = ['经开区将持续聚焦电子信息和汽车零部件两大主导产业，做大精细化工特色产业']
for c in ('electronic-information', 'auto-parts', 'fine-chemicals'):
    R(JJ, 'focuses_on', K_(c), f, s, 'clause (Z将持续聚焦X和Y两大主导产业，做大W特色产业)')

# ---- n03 湘潭经开区 / 湘潭高新区 (产业链招商推介会 held in 深圳, with on-site signings)
f = 'n03_xiangtan.txt'; XE = 'zone:xiangtan-etdz'; XH = 'zone:xiangtan-hitech'
BR = C('shenzhen-borui-intelligent-tech'); BRP = P_('borui-precision-reducer-joint-module'); TW = C('shenzhen-tuowei-electronics')
TWP = P_('tuowei-automotive-power-module'); TZ = C('hunan-tanzhou-motor'); HC = C('shenzhen-haichuan-energy-storage')
TC = C('hunan-tanchuan-new-energy-equipment'); JX = C('hunan-jixiang-auto-parts'); HY = C('shenzhen-huayue-wire-harness')
JF = C('zhejiang-jifeng-auto-parts-group'); XYD = C('shenzhen-xinyuanda-electronics')
for z in (XE, XH):
    U(z, 'focuses_on', K_('intelligent-manufacturing'), f, ['湘潭经开区、湘潭高新区智能制造产业链招商推介会在深圳举行'],
      'the industry chain named in the title of the joint promotion event, not a stated target of either zone')
s = ['经开区已经形成汽车零部件、智能装备和电子信息三大主导产业']
for c in ('auto-parts', 'intelligent-equipment', 'electronic-information'):
    R(XE, 'focuses_on', K_(c), f, s, 'clause (Z已经形成X、Y和W三大主导产业; reported speech of the zone\'s director)')
R(XH, 'focuses_on', K_('new-energy-equipment'), f, ['高新区以新能源装备为首位产业'], 'clause (Z以X为首位产业)')
R(XH, 'focuses_on', K_('advanced-metal-materials'), f, ['同时在先进金属材料领域持续发力'], 'clause (Z…同时在X领域持续发力)')
R(BR, 'owns', BRP, f, ['将投资22亿元建设博锐精密减速器及关节模组项目'], 'sentence (A与Z签订投资协议，将投资N亿元建设B)')
R(BRP, 'located_in', XE, f, ['项目签约后将落户湘潭经开区九华片区'], 'sentence (项目 = the project just named; a signed project: 签约后将落户Z, as dev8 m02)')
U(BR, 'located_in', XE, f, ['深圳博锐智能科技有限公司与经开区签订投资协议'], _only_project + ' (the firm signs with the zone; its own seat is 深圳)')
R(TW, 'located_in', XE, f, ['深圳拓微电子科技有限公司则把华中生产基地放在了经开区'], 'clause (A把…生产基地放在了Z: the firm sets up a base in the zone, as dev8 m02 `A在Z设立了…`)')
R(TW, 'owns', TWP, f, ['其投资8亿元的拓微车规级功率模块项目'], 'clause (其投资N亿元的B; 其 = 拓微电子)')
U(TWP, 'located_in', XE, f, ['其投资8亿元的拓微车规级功率模块项目同场签约'], _project_of_placed)
s = ['湖南潭州电机股份有限公司与深圳海川储能科技有限公司当天签约，合资设立湖南潭川新能源装备有限公司']
R(TZ, 'partners_with', HC, f, s, 'clause (A与B…合资设立C: joint venture parents)')
R(TC, 'subsidiary_of', TZ, f, ['其中潭州电机出资比例为51%，为控股股东'], 'clause (A…为控股股东: control stated in words)')
U(TC, 'subsidiary_of', HC, f, s, _minority)
U(TC, 'located_in', XH, f, s, 'a joint venture of a firm in the zone; its own site is not stated')
s = ['潭州电机扎根湘潭高新区二十余年，是高新区新能源装备产业的链主企业']
R(TZ, 'located_in', XH, f, s, 'clause (A扎根Z)')
R(TZ, 'member_of', K_('new-energy-equipment'), f, s, 'clause (A是Z X产业的链主企业)')
R(JX, 'partners_with', HY, f, ['湖南吉湘汽车零部件有限公司与深圳华越线束科技有限公司签订了为期四年的高压线束采购协议'], 'clause (a signed four-year 采购协议)')
R(JX, 'subsidiary_of', JF, f, ['吉湘汽车零部件是总部在宁波的浙江吉峰汽车部件集团有限公司旗下企业'], 'clause (A是B旗下企业; the group\'s head office is elsewhere)')
R(JX, 'located_in', XE, f, ['已在经开区生产十年'], 'clause (A…已在Z生产十年)')
U(XYD, 'located_in', XH, f, ['深圳鑫源达电子有限公司与高新区签署了合作意向书，拟设立华中区域总部，具体投资协议仍在磋商'], _intent + ' (意向书, 拟, 仍在磋商)')
s = ['两区将围绕智能装备和新能源装备']
U(XH, 'focuses_on', K_('intelligent-equipment'), f, s, '两区将围绕X和Y: which zone takes which industry is not said (the two industries are gold for XE and XH elsewhere)')
U(XE, 'focuses_on', K_('new-energy-equipment'), f, s, '两区将围绕X和Y: which zone takes which industry is not said (the two industries are gold for XE and XH elsewhere)')

# ---- n04 遵义经开区 / 新蒲新区 (企业动态: one firm's new plant, its parent, suppliers and customers)
f = 'n04_zunyi.txt'; ZY = 'zone:zunyi-etdz'; XP = 'zone:zunyi-xinpu-new-area'
QC = C('guizhou-qianchuan-new-energy-materials'); QCP = P_('qianchuan-50kt-lmfp'); SL = C('shuli-tech-group'); HM = C('zunyi-huimeng-chemical')
QL = C('guizhou-qianlin-ruida-chemical'); GN = C('jiangxi-ganneng-power-battery'); XC = C('changsha-xiangchu-energy-tech')
QT = C('zunyi-qiantong-logistics-group'); MC = C('zunyi-mengchuan-supply-chain')
R(QC, 'located_in', ZY, f, ['位于遵义经济技术开发区的贵州黔川新能源材料有限公司'], 'clause (位于Z的A)')
R(QC, 'owns', QCP, f, ['黔川新能源投资36亿元建设的黔川年产5万吨磷酸锰铁锂项目'], 'clause (A投资N亿元建设的B)')
U(QCP, 'located_in', ZY, f, ['位于遵义经济技术开发区的贵州黔川新能源材料有限公司', '新工厂里'], 'the firm is placed in the zone and the project is its new plant; the project\'s own site is not stated in a clause of its own')
R(QC, 'subsidiary_of', SL, f, ['黔川新能源是蜀锂科技集团股份有限公司（总部位于成都）的全资子公司'], 'clause (A是B的全资子公司; the parent\'s head office is elsewhere)')
U(SL, 'located_in', ZY, f, ['让集团最终把西南基地定在了这里'], '集团 and 这里 (遵义 or the zone) are inferred; the base is the subsidiary\'s plant')
R(HM, 'located_in', XP, f, ['来自新蒲新区的遵义汇锰化工有限公司'], 'clause (Z的A)')
R(QC, 'partners_with', HM, f, ['两家企业今年初签订了为期五年的硫酸锰长期供货协议'], 'sentence (两家企业 = 黔川新能源 and 汇锰化工; a signed five-year 供货协议)')
U(QC, 'partners_with', QL, f, ['则由贵州黔磷瑞达化工有限公司按订单供应'], _supply + ' (按订单供应)')
R(GN, 'partners_with', QC, f, ['江西赣能动力电池有限公司已与黔川新能源签订五年期采购框架协议'], 'clause (a signed five-year 采购框架协议)')
U(QC, 'partners_with', XC, f, ['工厂的产品还少量发往长沙湘储能源科技有限公司等客户'], _supply)
s = ['黔川新能源还与遵义黔通物流集团有限公司合资组建了遵义锰川供应链有限公司']
R(QC, 'partners_with', QT, f, s, 'clause (A与B合资组建了C: joint venture parents)')
for p in (QC, QT):
    U(MC, 'subsidiary_of', p, f, s + ['双方出资比例未对外披露'], _nocontrol)
R(ZY, 'focuses_on', K_('lithium-battery-materials'), f, ['经开区近年来把锂电池材料作为重点培育的新兴产业'], 'clause (Z把X作为重点培育的新兴产业)')
R(QC, 'member_of', K_('lithium-battery-materials'), f, ['黔川新能源是经开区锂电池材料产业的龙头企业'], 'clause (A是Z X产业的龙头企业)')
U(SL, 'located_in', XP, f, ['蜀锂集团曾考虑在新蒲新区同步建设一座前驱体工厂，后因当地配套管网尚未建成而暂缓'], _intent + ' (曾考虑…暂缓)')
s = ['新区方面表示，将加快完善基础设施，并继续围绕新材料和大数据产业开展招商']
for c in ('new-materials', 'big-data'):
    R(XP, 'focuses_on', K_(c), f, s, 'clause (Z…继续围绕X和Y开展招商, as heldout 围绕X招商)')

# ---- n05 江门高新区 / 新会经济开发区 (前三季度经济运行 news item)
f = 'n05_jiangmen.txt'; JM = 'zone:jiangmen-hitech'; XH = 'zone:xinhui-edz'
HJ = C('jiangmen-haijia-energy-storage'); HJP = P_('haijia-12gwh-battery'); HJG = C('guangdong-haijia-new-energy-group')
HY = C('jiangmen-hongjun-electronics'); YK = C('jiangmen-yueke-precision-mould'); YH = C('hongkong-yonghua-industrial')
HYJ = C('jiangmen-huaye-electromechanical'); LT = C('jiangmen-lituo-cnc-equipment'); BG = C('jiangmen-baogan-biotech'); LN = C('guangzhou-lingnan-pharma')
R(HJ, 'owns', HJP, f, ['江门海岬储能科技有限公司投资45亿元建设的海岬储能12GWh电池项目'], 'clause (A投资N亿元建设的B)')
R(HJP, 'located_in', JM, f, ['是今年以来高新区投产的单体规模最大的项目'], 'clause (B…是Z投产的单体规模最大的项目)')
U(HJ, 'located_in', JM, f, ['是今年以来高新区投产的单体规模最大的项目'], _only_project)
U(HJ, 'member_of', K_('energy-storage'), f, ['从行业看，新型储能继续领跑', '江门海岬储能科技有限公司投资45亿元建设的'], 'the firm\'s project is reported in the paragraph on the industry; membership is inferred')
U(HJ, 'subsidiary_of', HJG, f, ['海岬储能由总部在广州的广东海岬新能源集团有限公司持股70%'], _ratio)
s = ['江门鸿骏电子有限公司是高新区电子信息产业的骨干企业']
R(HY, 'located_in', JM, f, s, 'clause (A是Z X产业的骨干企业, as dev5-dev8)')
R(HY, 'member_of', K_('electronic-information'), f, s, 'clause (A是Z X产业的骨干企业)')
U(HY, 'partners_with', HJ, f, ['该企业目前为海岬储能供应电池管理系统主板'], _supply)
s = ['江门粤科精密模具有限公司由香港永华实业有限公司和江门华业机电有限公司共同出资设立']
R(YH, 'partners_with', HYJ, f, s, 'clause (C由A和B共同出资设立: joint venture parents)')
for p in (YH, HYJ):
    U(YK, 'subsidiary_of', p, f, s + ['双方各占一半股份'], _equal)
U(YK, 'located_in', JM, f, ['另一家企业江门粤科精密模具有限公司'], _scope + ' (另一家企业 in a paragraph on the zone\'s electronics industry)')
s = ['高新区将继续做强新型储能和电子信息两大主导产业，加快培育高端装备制造']
for c in ('energy-storage', 'electronic-information', 'high-end-equipment-manufacturing'):
    R(JM, 'focuses_on', K_(c), f, s, 'clause (Z将继续做强X和Y两大主导产业，加快培育W)')
R(LT, 'located_in', JM, f, ['江门力拓数控设备有限公司从佛山整体迁入高新区'], 'clause (A…整体迁入Z)')
s = ['该区依托新会陈皮的品牌优势，重点发展大健康和食品饮料两大产业']
for c in ('big-health', 'food-beverage'):
    R(XH, 'focuses_on', K_(c), f, s, 'sentence (该区 = 新会经开区, the subject of the paragraph; 重点发展X和Y产业)')
R(BG, 'located_in', XH, f, ['区内陈皮深加工企业江门宝柑生物科技有限公司'], 'clause (区内…企业A; 区内 = 新会经开区, the subject of the paragraph)')
R(BG, 'partners_with', LN, f, ['江门宝柑生物科技有限公司与广州岭南药业股份有限公司签订了三年期原料供应协议'], 'clause (a signed three-year 供应协议)')
U(HJ, 'located_in', XH, f, ['海岬储能计划在新会经开区建设一个电池梯次利用基地，目前正在开展前期论证'], _intent + ' (计划…前期论证)')

# ---- n06 十堰经开区 (Q&A interview with the zone director; 我们 = the zone), 十堰高新区
f = 'n06_shiyan.txt'; SY = 'zone:shiyan-etdz'; SH = 'zone:shiyan-hitech'
JC = C('shiyan-jiachi-nev'); JCG = C('chongqing-jiachi-auto-group'); EX = C('hubei-exi-axle'); FH = C('shiyan-fenghui-casting')
YH = C('shiyan-yuanhang-hydrogen'); QT = C('shanghai-qingtu-power-tech'); QY = C('shiyan-qingyuan-power-systems'); XH = C('wuhan-xinghui-battery-tech')
R(SY, 'focuses_on', K_('automobile'), f, ['十堰经济技术开发区围绕汽车产业链招商引资'], 'clause (Z围绕X招商引资, as heldout 围绕X招商)')
R(JC, 'located_in', SY, f, ['这家企业2020年落户经开区'], 'sentence (这家企业 = 嘉驰新能源, named in the sentence before; 落户Z)')
R(JC, 'subsidiary_of', JCG, f, ['由重庆嘉驰汽车集团股份有限公司控股'], 'sentence (这家企业…由B控股: control stated)')
s = ['湖北鄂西车桥股份有限公司是区内汽车零部件产业的链主企业']
R(EX, 'located_in', SY, f, s, 'clause (A是区内X产业的链主企业; 区内 = 十堰经开区, the director\'s zone)')
R(EX, 'member_of', K_('auto-parts'), f, s, 'clause (A是区内X产业的链主企业)')
R(EX, 'partners_with', JC, f, ['去年和嘉驰新能源签了为期三年的车桥配套协议'], 'clause (a signed three-year 配套协议; the subject is 鄂西车桥)')
U(EX, 'partners_with', FH, f, ['鄂西车桥的铸件主要从十堰丰汇铸造有限公司采购'], _supply + ' (采购 without an agreement)')
U(SY, 'focuses_on', K_('hydrogen'), f, ['氢能是很多地方都在抢的赛道，经开区有什么布局'], 'the journalist\'s question names 氢能; the director answers with fuel-cell parts (燃料电池), so the zone\'s own target is 燃料电池')
s = ['高新区侧重新能源汽车整车和智能网联汽车']
for c in ('new-energy-vehicles', 'intelligent-connected-vehicles'):
    R(SH, 'focuses_on', K_(c), f, s, 'clause (Z侧重X…和Y; 高新区 = 十堰高新区, named in the sentence before)')
s = ['十堰远航氢能科技有限公司和上海氢途动力科技有限公司今年合资成立了十堰氢远动力系统有限公司']
R(YH, 'partners_with', QT, f, s, 'clause (A和B合资成立了C: joint venture parents)')
for p in (YH, QT):
    U(QY, 'subsidiary_of', p, f, s, _nocontrol)
U(YH, 'located_in', SY, f, s, _jvparent)
R(QY, 'located_in', SY, f, ['首条产线已在经开区竣工'], 'sentence (C…主要生产…，首条产线已在Z竣工: the firm\'s line in the zone, as dev8 `A在Z投产`)')
U(XH, 'located_in', SY, f, ['我们正在和武汉星晖电池科技有限公司洽谈一个储能电池项目，目前还没有签约'], _intent + ' (洽谈, 还没有签约)')
s = ['我们会继续做强汽车零部件，壮大新能源汽车，培育燃料电池产业']
for c in ('auto-parts', 'new-energy-vehicles', 'fuel-cells'):
    R(SY, 'focuses_on', K_(c), f, s, 'sentence (the director\'s answer: 我们 = 十堰经开区; 做强X，壮大Y，培育W产业)')

# ---- n07 宝鸡 (园区综合评价 report: one section per zone)
f = 'n07_baoji.txt'; BJ = 'zone:baoji-hitech'; CJ = 'zone:caijiapo-etdz'; BC = 'zone:baoji-cbz'
TX = C('baoji-taixinyuan-metal-materials'); TXP = P_('taixinyuan-aero-titanium-bar'); QT = C('xian-qintai-holding-group')
WC = C('baoji-weichuan-precision-machine-tools'); QF = C('shaanxi-qifeng-gear-transmission'); FZ = C('germany-franz-drive-tech')
QD = C('baoji-qide-gearbox'); QCH = C('shaanxi-qinchi-heavy-truck'); HQ = C('shaanxi-huaqi-casting'); HT = C('baoji-haitai-international-trade')
R(BJ, 'focuses_on', K_('new-materials'), f, ['高新区以新材料为首位产业'], 'clause (Z以X为首位产业; also 四（一） 要围绕新材料和高端装备制造)')
R(BJ, 'focuses_on', K_('high-end-equipment-manufacturing'), f, ['（一）高新区要围绕新材料和高端装备制造'], 'clause (the city\'s instruction: Z要围绕X和Y…; section 二（一） also says 高端装备制造产业规模持续扩大)')
R(BJ, 'focuses_on', K_('new-generation-it'), f, ['积极培育新一代信息技术产业'], 'sentence (the instruction 高新区要…积极培育X; the problem section also names it for 高新区)')
R(TX, 'owns', TXP, f, ['宝鸡钛鑫源金属材料有限公司投资16亿元建设的钛鑫源航空级钛合金棒材项目'], 'clause (A投资N亿元建设的B)')
R(TXP, 'located_in', BJ, f, ['（一）宝鸡高新区。', '钛鑫源航空级钛合金棒材项目于10月投产'], 'paragraph (the section 二（一） is headed by the zone and its subject is the zone, as dev8 m07)')
U(TX, 'located_in', BJ, f, ['宝鸡钛鑫源金属材料有限公司投资16亿元建设的钛鑫源航空级钛合金棒材项目于10月投产'], _only_project)
R(TX, 'subsidiary_of', QT, f, ['该公司是西安秦钛控股集团有限公司的控股子公司'], 'clause (该公司是B的控股子公司; 该公司 = 钛鑫源)')
s = ['宝鸡渭川精密机床有限公司是高新区数控机床产业的骨干企业']
R(WC, 'located_in', BJ, f, s, 'clause (A是Z X产业的骨干企业)')
R(WC, 'member_of', K_('industrial-machine-tools'), f, s, 'clause (A是Z X产业的骨干企业; 数控机床产业 is an alias of the bundled 工业母机)')
U(BJ, 'focuses_on', K_('industrial-machine-tools'), f, s, 'the zone has the industry (implied by a firm\'s description), not a stated target (dev8 m03)')
R(WC, 'partners_with', TX, f, ['与钛鑫源签订了为期三年的钛材加工设备配套协议'], 'clause (a signed three-year 配套协议; the subject is 渭川精密机床)')
R(CJ, 'focuses_on', K_('auto-parts'), f, ['经开区坚持以汽车零部件为主导'], 'clause (Z坚持以X为主导; also 要做强汽车零部件)')
R(CJ, 'focuses_on', K_('new-energy-vehicles'), f, ['积极拓展新能源汽车配套领域'], 'sentence (the instruction 蔡家坡经开区要…积极拓展X配套领域)')
s = ['陕西岐峰齿轮传动有限公司与德国弗兰茨传动技术公司合资组建的宝鸡岐德变速箱有限公司']
R(QF, 'partners_with', FZ, f, s, 'clause (A与B合资组建的C: joint venture parents)')
R(QD, 'subsidiary_of', QF, f, ['岐峰齿轮控股60%'], 'sentence (A控股60%: control stated in words)')
U(QD, 'subsidiary_of', FZ, f, s, _minority)
R(QD, 'located_in', CJ, f, ['（二）蔡家坡经开区。', '宝鸡岐德变速箱有限公司实现量产'], 'paragraph (the section 二（二） is headed by the zone and its subject is the zone; the firm\'s own output is reported there)')
U(QF, 'located_in', CJ, f, s, _jvparent)
U(QD, 'partners_with', QCH, f, ['岐德变速箱的产品主要供应陕西秦驰重型汽车有限公司'], _supply)
s = ['陕西华岐铸造有限公司整体搬迁至经开区，成为经开区汽车零部件产业链上的配套企业']
R(HQ, 'located_in', CJ, f, s, 'clause (A整体搬迁至Z)')
R(HQ, 'member_of', K_('auto-parts'), f, s, 'clause (A成为Z X产业链上的配套企业)')
R(BC, 'focuses_on', K_('cross-border-ecommerce'), f, ['综保区以保税加工和跨境电商为发展方向'], 'clause (Z以…X为发展方向; 保税加工 is no dictionary form)')
R(HT, 'located_in', BC, f, ['宝鸡海钛国际贸易有限公司在综保区内开展钛材保税加工业务'], 'clause (A在Z内开展…业务)')
U(WC, 'located_in', CJ, f, ['宝鸡渭川精密机床有限公司正与经开区洽谈设立分厂事宜'], _intent + ' (洽谈)')

# ---- n08 泰州医药高新区 / 中国医药城 (park profile feature; 我们 = the zone in the official's quotes), 泰兴经开区
f = 'n08_taizhou.txt'; TZ = 'zone:taizhou-js-pharma-hitech'; TX = 'zone:taixing-edz'
KH = C('taizhou-kanghe-biologics'); KHG = C('shanghai-kanghe-pharma-group'); TR = C('jiangsu-tairui-medical-devices')
TH = C('jiangsu-taihua-pharma-group'); KL = C('germany-klaus-medical-tech'); TRP = P_('tairui-smart-infusion-equipment')
HG = C('taizhou-henggu-pharma-tech'); RF = C('taixing-ruifeng-chemical')
R(TZ, 'focuses_on', K_('big-health'), f, ['我们的定位很清楚，就是只做大健康这一件事'], 'sentence (quote of the zone\'s deputy director: 我们 = the zone)')
R(TZ, 'focuses_on', K_('biomedicine'), f, ['高新区已经形成以疫苗产业、创新药和高端医疗器械为特色的生物医药产业集群'], 'clause (Z已经形成…的X产业集群: a cluster the zone has)')
s = ['我们将继续聚焦疫苗产业、创新药和高端医疗器械']
for c in ('vaccines', 'innovative-drugs', 'high-end-medical-devices'):
    R(TZ, 'focuses_on', K_(c), f, s, 'sentence (closing quote of the zone official: 我们 = the zone; also 以X、Y和W为特色的…产业集群)')
R(TZ, 'focuses_on', K_('cell-gene-therapy'), f, ['并把细胞与基因治疗当作下一个突破口'], 'sentence (closing quote: 我们…把X当作下一个突破口)')
R(KH, 'subsidiary_of', KHG, f, ['康禾生物隶属于上海康禾医药集团股份有限公司'], 'clause (A隶属于B: the firm belongs to the group)')
R(KH, 'located_in', TZ, f, ['2016年入驻医药城'], 'clause (A…入驻Z; 医药城 = 中国医药城 = the zone)')
R(KH, 'partners_with', TR, f, ['他们和江苏泰瑞医疗器械有限公司签了五年的预灌封注射器供应协议'], 'sentence (quote of 康禾\'s deputy manager: 他们 = 康禾生物; a signed five-year 供应协议)')
s = ['这家企业由泰州本地的江苏泰华医药集团有限公司与德国克劳斯医疗技术公司合资设立']
R(TH, 'partners_with', KL, f, s, 'sentence (这家企业 = 泰瑞医疗; C由A与B合资设立: joint venture parents)')
for p in (TH, KL):
    U(TR, 'subsidiary_of', p, f, s, _nocontrol)
s = ['是高新区高端医疗器械领域的代表性企业']
R(TR, 'located_in', TZ, f, s, 'sentence (这家企业…是Z X领域的代表性企业)')
R(TR, 'member_of', K_('high-end-medical-devices'), f, s, 'sentence (这家企业…是Z X领域的代表性企业)')
R(TR, 'owns', TRP, f, ['泰瑞医疗投资7.5亿元建设的泰瑞智能输注设备产业化项目'], 'clause (A投资N亿元建设的B)')
U(TRP, 'located_in', TZ, f, ['泰瑞医疗投资7.5亿元建设的泰瑞智能输注设备产业化项目开工'], _project_of_placed)
U(HG, 'located_in', TZ, f, ['创新药企业同样在这里扎根。泰州恒谷医药科技有限公司专注于抗体药物研发'], '这里 = the zone, said of 创新药 firms in general; the firm is an instance by inference')
U(HG, 'member_of', K_('innovative-drugs'), f, ['创新药企业同样在这里扎根。泰州恒谷医药科技有限公司专注于抗体药物研发'], 'the firm is an instance of the 创新药 firms of the sentence before, by inference')
R(RF, 'located_in', TX, f, ['泰兴经济开发区的泰兴瑞丰化学有限公司'], 'clause (Z的A)')
U(RF, 'partners_with', HG, f, ['所需的部分医药中间体由泰兴经济开发区的泰兴瑞丰化学有限公司供应'], _supply)
s = ['泰兴经开区距此不到一小时车程，以精细化工和化工新材料见长']
for c in ('fine-chemicals', 'chemical-new-materials'):
    R(TX, 'focuses_on', K_(c), f, s, 'clause (Z…以X和Y见长: the industries the zone has)')
