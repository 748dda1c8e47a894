#!/usr/bin/env python3
"""Build the dev6 gold files from scripts/entities_def.py and scripts/annotations.py.

Run from anywhere: python3 eval/dev6/scripts/build.py
Offsets are computed from the anchors in annotations.py against the raw UTF-8 corpus files, never typed.
Writes entities.tsv, dictionary/entities.tsv, mentions.tsv, relations.tsv, uncertain.tsv, non_mentions.tsv.
The code is shared with eval/heldout, eval/dev2, eval/dev3, eval/dev4 and eval/dev5 (eval/scripts/goldset.py); this file holds
what is particular to dev6.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)  # eval/dev6
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.normpath(os.path.join(ROOT, '..', 'scripts')))  # eval/scripts: goldset.py
from entities_def import E  # noqa: E402
import annotations as A  # noqa: E402
import goldset  # noqa: E402

goldset.build(
    ROOT, E, A,
    zone_nouns=['开发区', '高新区', '经开区', '新区', '综保区', '园区'],
    pronouns=['全区', '该区', '本区', '两区', '区内'],
    class_left_ends=('国家级', '各类', '首批', '省级以上', '省级', '全市', '个别', '各', '部分', '几个', '外省', '先进', '专业',
                     '配套', '产业'),
    class_left_contains=('国家级', '省级以上'),
    pronoun_file_notes={'g06': ' (全区 here = 宁夏, the autonomous region: 自治区…全区计划新增城镇就业; 区内 = the zone)'},
    other_sense_notes={'燃料电池': ': 燃料电池 as a product (燃料电池电堆中试线), not the industry',
                       '激光': ': 激光 as a product or inside a name (激光雷达, 激光发射模块, 激光雷达创新联合体), not the industry',
                       '光伏': ': 光伏 as an installation (分布式光伏电站, 分布式光伏120兆瓦), not the industry',
                       '新材料': ': 新材料 as a product category (下游新材料产品), not the industry',
                       '风电装备': ': 风电装备 as the use of a product (风电装备铸件), not the industry',
                       '新能源汽车': ': 新能源汽车 inside an organization\'s name (襄阳新能源汽车电驱动创新联合体), not a cluster mention'},
    dictionary_comments=[
        'zonegraph dictionary for the dev6 set (eval/dev6): zones, companies, clusters, projects, regions, organizations of the 8 dev6 articles.',
        'Bare generic words (开发区, 高新区, 经开区, 新区, 综保区, 园区, 全区 …) are left out. No relation facts are encoded (no owner=, zone=, group=, parent= for firms/projects/sub-parks): relations must come from the text.'])
