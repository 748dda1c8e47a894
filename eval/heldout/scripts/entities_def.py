# Entity table for the held-out set: (id, type, canonical, aliases, generic_aliases, gold_attributes, dict_attributes)
# aliases: surface variants that go into both entities.tsv and dictionary/entities.tsv
# generic_aliases: bare forms (高新区, 新区, 经开区 …) that the gold uses for this entity in its own article;
#   they go into entities.tsv only (the dictionary leaves generic words to the team's generic-reference file).
E = []
def ent(id, type, canonical, aliases='', generic='', gold='', dic=''):
    E.append((id, type, canonical, [a for a in aliases.split('|') if a], [g for g in generic.split('|') if g], gold, dic))

# ---------------- zones ----------------
ent('zone:hefei-hitech', 'zone', '合肥高新技术产业开发区', '合肥高新区', '高新区',
    'kind=国家级高新技术产业开发区; city=合肥市; gdp_2023=1586亿元 (+8.4%); hightech_enterprises=2600+; national_rank=7 (科技部国家级高新区综合评价); articles=h01',
    'kind=high_tech_zone; level=national; city=region:hefei')
ent('zone:suzhou-industrial-park', 'zone', '苏州工业园区', '', '',
    'kind=国家级开发区; city=苏州市; q1_2024_signing=23个项目, 总投资超320亿元; biomedicine_firms=2300+; nanotech_firms=1000+; articles=h02 (bare 园区 references are in uncertain.tsv)',
    'kind=industrial_park; level=national; city=region:suzhou')
ent('zone:wuhan-east-lake-hitech', 'zone', '武汉东湖新技术开发区', '东湖高新区|中国光谷', '高新区',
    'kind=国家级高新技术产业开发区; city=武汉市; nickname=中国光谷; optoelectronics_output=5800亿元; articles=h03',
    'kind=high_tech_zone; level=national; city=region:wuhan')
ent('zone:optics-valley-biolake', 'zone', '光谷生物城', '', '',
    'kind=sub_park; parent=zone:wuhan-east-lake-hitech (位于高新区南部); bio_health_firms=2000+; articles=h03',
    'kind=sub_park')
ent('zone:changsha-etdz', 'zone', '长沙经济技术开发区', '长沙经开区', '经开区',
    'kind=国家级经济技术开发区; city=长沙市; document=2024年工作要点 (h04); targets_2024=规模工业总产值+10%, 新签约亿元以上项目50个, 实际利用外资3.5亿美元',
    'kind=economic_and_technological_development_zone; level=national; city=region:changsha')
ent('zone:ningbo-hangzhou-bay', 'zone', '宁波杭州湾新区', '杭州湾新区', '新区',
    'kind=新区; city=宁波市; nev_chain_firms=120+; vehicle_output_2023=40万辆+; articles=h05',
    'kind=new_area; city=region:ningbo')
ent('zone:chengdu-hitech', 'zone', '成都高新技术产业开发区', '成都高新区', '高新区',
    'kind=国家级高新技术产业开发区; city=成都市; articles=h07',
    'kind=high_tech_zone; level=national; city=region:chengdu')
ent('zone:sichuan-tianfu', 'zone', '四川天府新区', '天府新区', '新区',
    'kind=国家级新区; city=成都市; articles=h07',
    'kind=new_area; level=national; city=region:chengdu')
ent('zone:qingdao-west-coast', 'zone', '青岛西海岸新区', '西海岸新区', '新区',
    'kind=国家级新区; city=青岛市; offshore_equipment_firms=80+; signed_jan_apr=37个亿元以上项目, 总投资超600亿元; articles=h08',
    'kind=new_area; level=national; city=region:qingdao')

# ---------------- companies ----------------
# h01
ent('company:hefei-xinzhi-semiconductor', 'company', '合肥芯智半导体有限公司', '芯智半导体', '', 'zone=zone:hefei-hitech (via its project); articles=h01')
ent('company:jingyue-microelectronics', 'company', '晶岳微电子', '', '', 'articles=h01')
ent('company:hefei-liance-packaging', 'company', '合肥联测封装科技有限公司', '联测封装', '', 'articles=h01')
ent('company:kerui-intelligent', 'company', '科睿智能', '', '', 'field=智能语音; articles=h01')
ent('company:shengtu-voice', 'company', '声图语音', '', '', 'articles=h01')
ent('company:yunqi-data', 'company', '云栖数据', '', '', 'articles=h01')
ent('company:liangqing-tech', 'company', '量擎科技', '', '', 'financing_2023=15亿元; articles=h01')
ent('company:anyan-bio', 'company', '安研生物', '', '', 'origin=合肥本土; articles=h01')
# h02
ent('company:lingfeng-semiconductor-suzhou', 'company', '凌峰半导体（苏州）有限公司', '凌峰半导体(苏州)有限公司|凌峰半导体', '', 'articles=h02')
ent('company:nuotaikang-biopharma', 'company', '苏州诺泰康生物医药有限公司', '诺泰康', '', 'articles=h02')
ent('company:xingtu-shuzhi', 'company', '苏州星图数智科技有限公司', '星图数智', '', 'articles=h02')
ent('company:lanqi-tech', 'company', '澜启科技', '', '', 'articles=h02')
ent('company:lanqi-robotics-suzhou', 'company', '澜启机器人（苏州）有限公司', '澜启机器人(苏州)有限公司|澜启机器人', '', 'parent=company:lanqi-tech (旗下); plan=华东总部 in 苏州工业园区; articles=h02')
ent('company:xinxin-microelectronics', 'company', '信芯微电子', '', '', 'articles=h02')
ent('company:boruisai-pharma', 'company', '博瑞赛医药', '', '', 'articles=h02')
ent('company:herun-medical', 'company', '禾润医疗', '', '', 'articles=h02')
ent('company:nawei-new-materials', 'company', '纳微新材', '', '', 'articles=h02')
ent('company:suna-optoelectronics', 'company', '苏纳光电', '', '', 'articles=h02')
# h03
ent('company:chuguang-communication', 'company', '楚光通信科技股份有限公司', '楚光通信', '', 'role=光电子信息产业链链主企业; articles=h03')
ent('company:hanguang-xunlian', 'company', '汉光迅联', '', '', 'articles=h03')
ent('company:ruitu-optoelectronics', 'company', '锐途光电', '', '', 'articles=h03')
ent('company:huaqing-laser', 'company', '华擎激光', '', '', 'articles=h03')
ent('company:dongke-precision', 'company', '东科精密', '', '', 'articles=h03')
ent('company:ruilei-intelligent', 'company', '睿镭智能', '', '', 'articles=h03')
ent('company:bairuikang-pharma', 'company', '百瑞康药业', '', '', 'articles=h03')
ent('company:yingkeyuan-bio', 'company', '英科源生物', '', '', 'articles=h03')
ent('company:xunlian-optochip-wuhan', 'company', '迅联光芯（武汉）有限公司', '迅联光芯(武汉)有限公司|迅联光芯', '', 'parent=company:hanguang-xunlian (全资子公司); articles=h03')
# h04
ent('company:xiangyue-heavy-industry', 'company', '湘岳重工集团有限公司', '湘岳重工', '', 'articles=h04')
ent('company:chuchuan-intelligent-equipment', 'company', '楚川智能装备', '', '', 'articles=h04')
ent('company:chuchi-nev', 'company', '湖南楚驰新能源汽车有限公司', '楚驰汽车', '', 'articles=h04')
# h05
ent('company:yonglan-new-energy', 'company', '宁波甬澜新能源科技有限公司', '甬澜新能源', '', 'parent=company:lanhai-holding (全资子公司); revenue_2023=126亿元; gm=陈立航; articles=h05')
ent('company:lanhai-holding', 'company', '浙江澜海控股集团有限公司', '澜海控股', '', 'articles=h05')
ent('company:yuanchi-auto', 'company', '远驰汽车', '', '', 'kind=整车企业; articles=h05')
ent('company:lanhai-energy-storage-ningbo', 'company', '澜海储能科技（宁波）有限公司', '澜海储能科技(宁波)有限公司|澜海储能', '', 'parent=company:lanhai-holding (旗下); articles=h05')
ent('company:zhongcheng-auto-parts', 'company', '众诚汽车部件', '', '', 'articles=h05')
# h06
ent('company:rongyi-aviation', 'company', '成都蓉翼航空科技有限公司', '蓉翼航空', '', 'articles=h06')
ent('company:tianjun-aviation-maintenance', 'company', '天骏航空维修', '', '', 'articles=h06')
ent('company:jinkang-bio', 'company', '锦康生物', '', '', 'role=生物医药产业链链主企业; articles=h06')
ent('company:chuanyao-group', 'company', '川药集团', '', '', 'articles=h06')
ent('company:jinhe-medical-devices-chengdu', 'company', '锦和医疗器械（成都）有限公司', '锦和医疗器械(成都)有限公司|锦和医疗器械', '', 'parent=company:jinkang-bio (控股子公司); articles=h06')
ent('company:huayi-optoelectronics', 'company', '四川华屹光电科技有限公司', '华屹光电', '', 'articles=h06')
# h07
ent('company:rongxin-tech', 'company', '蓉芯科技', '', '', 'articles=h07')
ent('company:tianwei-electronics', 'company', '天微电子', '', '', 'articles=h07')
ent('company:jinping-semiconductor', 'company', '锦屏半导体', '', '', 'articles=h07')
ent('company:shukang-pharma', 'company', '蜀康药业', '', '', 'articles=h07')
ent('company:huarong-bio', 'company', '华蓉生物', '', '', 'articles=h07')
ent('company:tianzhiyun-shenzhen', 'company', '深圳天智云科技有限公司', '天智云科技', '', 'parent=company:lingshi-group (旗下); patents=200+; articles=h07')
ent('company:zhongjian-shutong', 'company', '中建蜀通建设集团', '', '', 'role=builder; articles=h07')
ent('company:lingshi-group', 'company', '凌视集团', '', '', 'articles=h07')
# h08
ent('company:haide-heavy-industry', 'company', '青岛海德重工有限公司', '海德重工', '', 'articles=h08')
ent('company:zhongjian-lugang', 'company', '中建鲁港建设集团', '', '', 'role=builder; articles=h08')
ent('company:langya-heavy-industry', 'company', '琅琊重工', '', '', 'articles=h08')
ent('company:langya-ocean-engineering-qingdao', 'company', '琅琊海洋工程技术（青岛）有限公司', '琅琊海洋工程技术(青岛)有限公司|琅琊海洋工程技术', '', 'parent=company:langya-heavy-industry (旗下); articles=h08')

# ---------------- projects ----------------
ent('project:kerui-global-rd-hq', 'project', '科睿全球研发总部项目', '科睿全球研发总部', '',
    'investment=32亿元; owner=company:kerui-intelligent; zone=zone:hefei-hitech; status=2023-10 建成投用; articles=h01', 'investment_cny=3200000000')
ent('project:xinzhi-12inch-wafer-fab', 'project', '芯智半导体12英寸晶圆制造项目', '芯智半导体12英寸晶圆制造', '',
    'investment=120亿元; owner=company:hefei-xinzhi-semiconductor (name embedded); status=主体结构封顶; articles=h01', 'investment_cny=12000000000')
ent('project:jingyue-automotive-chip-design-center', 'project', '晶岳微电子车规级芯片设计中心', '', '',
    'owner=company:jingyue-microelectronics (name embedded); articles=h01', '')
ent('project:liance-advanced-packaging-phase2', 'project', '联测封装先进封装基地二期', '', '',
    'owner=company:hefei-liance-packaging (name embedded); articles=h01', '')
ent('project:anyan-antibody-base', 'project', '安研生物抗体药物产业化基地项目', '安研生物抗体药物产业化基地', '',
    'investment=25亿元; owner=company:anyan-bio; signed=2023-09 (落户高新区); articles=h01', 'investment_cny=2500000000')
ent('project:lingfeng-8inch-sic-power-devices', 'project', '凌峰8英寸碳化硅功率器件项目', '凌峰８英寸碳化硅功率器件项目|凌峰8英寸碳化硅功率器件', '',
    'investment=65亿元 (written with full-width digits ６５); owner=company:lingfeng-semiconductor-suzhou; capacity=碳化硅晶圆36万片/年; articles=h02', 'investment_cny=6500000000')
ent('project:nuotaikang-cdmo-base', 'project', '诺泰康生物大分子药物CDMO基地', '', '',
    'investment=18亿元; owner=company:nuotaikang-biopharma; capacity=细胞培养2万升; articles=h02', 'investment_cny=1800000000')
ent('project:xingtu-computing-center', 'project', '星图智算中心', '星图智算中心项目', '',
    'owner=company:xingtu-shuzhi (负责实施); capacity=3000P; articles=h02', '')
ent('project:yingkeyuan-mrna-vaccine-base', 'project', '英科源mRNA疫苗产业化基地', '', '',
    'investment=30亿元; owner=company:yingkeyuan-bio; zone=zone:optics-valley-biolake; started=2024-06 (今年6月); capacity=疫苗1亿剂/年; articles=h03', 'investment_cny=3000000000')
ent('project:xiangyue-excavator-base-phase2', 'project', '湘岳重工挖掘机智能制造基地二期', '', '',
    'owner=company:xiangyue-heavy-industry (name embedded); articles=h04', '')
ent('project:chuchi-200k-nev-expansion', 'project', '楚驰汽车年产20万辆新能源整车扩能项目', '', '',
    'owner=company:chuchi-nev (name embedded); capacity=20万辆/年; articles=h04', '')
ent('project:xiangneng-power-battery', 'project', '湘能动力电池项目', '', '',
    'investment=80亿元; owner=湘能动力 (embedded only: no company entity); articles=h04', 'investment_cny=8000000000')
ent('project:luyun-autonomous-driving-test-base', 'project', '麓云智驾自动驾驶测试基地', '', '', 'articles=h04')
ent('project:ruike-industrial-software-rd-center', 'project', '瑞科工业软件研发中心', '', '', 'articles=h04')
ent('project:xingtuo-icv-equipment-park', 'project', '星拓智能网联装备产业园', '', '', 'framed_as=项目 (已签约); articles=h04')
ent('project:hengchi-hydraulic-expansion', 'project', '恒驰液压件扩产', '恒驰液压件扩产项目', '', 'articles=h04')
ent('project:yonglan-battery', 'project', '甬澜新能源电池项目', '', '',
    'investment=50亿元; owner=company:yonglan-new-energy; signed=2021; capacity=20GWh; articles=h05', 'investment_cny=5000000000')
ent('project:rongyi-large-parts-base', 'project', '蓉翼航空大部件制造基地', '', '',
    'investment=28亿元; owner=company:rongyi-aviation; started=09 (9月); capacity=机身大部件300套/年; region=双流区; articles=h06', 'investment_cny=2800000000')
ent('project:huayi-display-module', 'project', '华屹光电显示模组项目', '', '',
    'investment=60亿元; owner=company:huayi-optoelectronics (负责实施); region=双流区; articles=h06', 'investment_cny=6000000000')
ent('project:rongxin-chip-rd-manufacturing-base', 'project', '蓉芯科技高端芯片研发制造基地', '', '',
    'investment=40亿元; owner=company:rongxin-tech (name embedded); capacity=高端芯片12亿颗/年; articles=h07', 'investment_cny=4000000000')
ent('project:tianzhiyun-vision-ai-base', 'project', '天智云视觉人工智能产业基地', '', '',
    'owner=company:tianzhiyun-shenzhen; zone=zone:sichuan-tianfu; articles=h07', '')
ent('project:chixing-icv-test-field', 'project', '驰行智能网联汽车测试场', '', '',
    'builder=company:zhongjian-shutong (承建); zone=zone:sichuan-tianfu; articles=h07', '')
ent('project:haide-deep-sea-wind-equipment-base', 'project', '海德重工深远海风电装备基地项目', '海德重工深远海风电装备基地', '',
    'investment=45亿元; owner=company:haide-heavy-industry; builder=company:zhongjian-lugang; signed=05-20; completion=2026; articles=h08', 'investment_cny=4500000000')
ent('project:jinghang-smart-welding', 'project', '鲸航船舶智能焊接装备项目', '', '',
    'investment=12亿元; articles=h08', 'investment_cny=1200000000')
ent('project:haide-offshore-wind-om-port', 'project', '海德重工海上风电运维母港项目', '', '',
    'investment=8亿元; owner=company:haide-heavy-industry (name embedded); articles=h08', 'investment_cny=800000000')

# ---------------- clusters ----------------
def cl(id, name, extra='', gold=''):
    aliases = [name + s for s in ('产业', '产业集群', '产业链')] + [a for a in extra.split('|') if a]
    ent(id, 'cluster', name, '|'.join(aliases), '', gold, '')
cl('cluster:integrated-circuits', '集成电路')
cl('cluster:artificial-intelligence', '人工智能')
cl('cluster:quantum', '量子信息')
cl('cluster:biomedicine', '生物医药')
cl('cluster:new-energy', '新能源')
cl('cluster:new-generation-it', '新一代信息技术')
cl('cluster:intelligent-voice', '智能语音', '', 'parent=cluster:artificial-intelligence')
cl('cluster:nanotech-applications', '纳米技术应用')
cl('cluster:high-end-equipment-manufacturing', '高端装备制造', '高端装备|高端装备产业|高端装备产业集群|高端装备产业链|高端装备制造业')
cl('cluster:optoelectronic-information', '光电子信息')
cl('cluster:bio-health', '生物健康')
cl('cluster:intelligent-connected-vehicles', '智能网联汽车')
cl('cluster:digital-creative', '数字创意')
cl('cluster:optical-communication', '光通信', '', 'parent=cluster:optoelectronic-information')
cl('cluster:laser', '激光', '', 'parent=cluster:optoelectronic-information')
cl('cluster:engineering-machinery', '工程机械')
cl('cluster:new-energy-vehicles', '新能源汽车')
cl('cluster:auto-parts', '汽车零部件')
cl('cluster:smart-terminals', '智能终端')
cl('cluster:industrial-software', '工业软件')
cl('cluster:aerospace', '航空航天')
cl('cluster:electronic-information', '电子信息')
cl('cluster:offshore-engineering-equipment', '海工装备', '海洋工程装备|海洋工程装备产业')
cl('cluster:wind-power-equipment', '风电装备')

# ---------------- regions (secondary) ----------------
ent('region:china', 'region', '中华人民共和国', '中国', '', 'level=country', 'level=country')
ent('region:hefei', 'region', '合肥市', '合肥', '', 'level=city', 'level=city')
ent('region:suzhou', 'region', '苏州市', '苏州', '', 'level=city', 'level=city')
ent('region:wuhan', 'region', '武汉市', '武汉', '', 'level=city', 'level=city')
ent('region:hunan', 'region', '湖南省', '湖南', '', 'level=province', 'level=province; parent=region:china')
ent('region:changsha', 'region', '长沙市', '长沙', '', 'level=city', 'level=city; parent=region:hunan')
ent('region:zhejiang', 'region', '浙江省', '浙江', '', 'level=province', 'level=province; parent=region:china')
ent('region:ningbo', 'region', '宁波市', '宁波', '', 'level=city', 'level=city; parent=region:zhejiang')
ent('region:sichuan', 'region', '四川省', '四川', '', 'level=province', 'level=province; parent=region:china')
ent('region:chengdu', 'region', '成都市', '成都', '', 'level=city', 'level=city; parent=region:sichuan')
ent('region:shuangliu-district', 'region', '双流区', '成都市双流区|双流', '', 'level=district; parent=region:chengdu; note=h06 is about this district and mentions no zone', 'level=district; parent=region:chengdu')
ent('region:shenzhen', 'region', '深圳市', '深圳', '', 'level=city', 'level=city')
ent('region:qingdao', 'region', '青岛市', '青岛', '', 'level=city', 'level=city')

# ---------------- organizations (secondary) ----------------
ent('org:most', 'organization', '中华人民共和国科学技术部', '科学技术部|科技部', '', 'kind=ministry', 'kind=ministry')
ent('org:ustc', 'organization', '中国科学技术大学', '', '', 'kind=university; city=合肥市', 'kind=university; city=region:hefei')
ent('org:hefei-hitech-admin-committee', 'organization', '合肥高新技术产业开发区管理委员会', '合肥高新区管委会', '高新区管委会', 'kind=zone_admin_committee; parent=zone:hefei-hitech (h01 writes 高新区管委会)', 'kind=zone_admin_committee; parent=zone:hefei-hitech')
ent('org:suzhou-industrial-park-admin-committee', 'organization', '苏州工业园区管理委员会', '苏州工业园区管委会', '园区管委会', 'kind=zone_admin_committee; parent=zone:suzhou-industrial-park (h02 writes 园区管委会)', 'kind=zone_admin_committee; parent=zone:suzhou-industrial-park')
ent('org:east-lake-hitech-admin-committee', 'organization', '武汉东湖新技术开发区管理委员会', '东湖高新区管委会', '', 'kind=zone_admin_committee; parent=zone:wuhan-east-lake-hitech', 'kind=zone_admin_committee; parent=zone:wuhan-east-lake-hitech')
ent('org:changsha-etdz-government-service-center', 'organization', '长沙经济技术开发区政务服务中心', '长沙经开区政务服务中心', '经开区政务服务中心', 'kind=zone_department; parent=zone:changsha-etdz', 'kind=zone_department; parent=zone:changsha-etdz')
ent('org:hangzhou-bay-admin-committee', 'organization', '宁波杭州湾新区管理委员会', '杭州湾新区管委会', '新区管委会', 'kind=zone_admin_committee; parent=zone:ningbo-hangzhou-bay', 'kind=zone_admin_committee; parent=zone:ningbo-hangzhou-bay')
ent('org:ningbo-university', 'organization', '宁波大学', '', '', 'kind=university; city=宁波市', 'kind=university; city=region:ningbo')
ent('org:shuangliu-district-committee', 'organization', '中共成都市双流区委员会', '双流区委', '区委', 'kind=party_committee; region=region:shuangliu-district (h06 writes 区委)', 'kind=party_committee')
