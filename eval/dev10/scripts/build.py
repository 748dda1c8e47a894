#!/usr/bin/env python3
"""Build the dev10 gold files from scripts/entities_def.py and scripts/annotations.py.

Run from anywhere: python3 eval/dev10/scripts/build.py
Offsets are computed from the anchors in annotations.py against the raw UTF-8 corpus files, never typed.
Writes entities.tsv, dictionary/entities.tsv, mentions.tsv, relations.tsv, uncertain.tsv, non_mentions.tsv.
The code is shared with eval/heldout and eval/dev2 … eval/dev9 (eval/scripts/goldset.py; only the dev10 entry of its SETS table
was added); this file holds what is particular to dev10.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)  # eval/dev10
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.normpath(os.path.join(ROOT, '..', 'scripts')))  # eval/scripts: goldset.py
from entities_def import E  # noqa: E402
import annotations as A  # noqa: E402
import goldset  # noqa: E402

goldset.build(
    ROOT, E, A,
    zone_nouns=['开发区', '高新区', '经开区', '新区', '综保区', '园区'],
    pronouns=['全区', '该区', '本区', '两区', '区内', '这个园区'],
    # class-use left contexts of this set: 全省各开发区, 全省高新区, 全省经开区, 全国国家级高新区, 三个开发区, 全市开发区,
    # 部分开发区, 各开发区, 个别园区, 外地园区 …
    class_left_ends=('国家级', '各', '全省', '全市', '部分', '个别', '三个', '外地'),
    class_left_contains=('国家级',),
    pronoun_file_notes={'o01': ' (两区 = both zones; 区内 = 连云港经开区 in its new-materials paragraph, 连云港高新区 in the letter-of-intent sentence)',
                        'o02': ' (区内 = 潍坊高新区, the subject of the feature)',
                        'o03': ' (区内 = 滁州经开区)',
                        'o04': ' (该区 = 岳阳经开区 in the lead, 绿色化工高新区 in its own paragraph; 全区 = 岳阳经开区; 区内 = 绿色化工高新区, the subject of its paragraph)',
                        'o05': ' (两区 = 湖州经开区 and 莫干山高新区, named just before)',
                        'o06': ' (区内 = 马鞍山综合保税区, the subject of its sentence; 全区 = 马鞍山经开区)',
                        'o07': ' (区内 = 衡阳高新区, the speaker\'s zone)',
                        'o08': ' (区内 = 荆门高新区; 这个园区 = 荆门化工循环产业园, named just before)'},
    other_sense_notes={'光伏': ': 光伏 as a product word (光伏组件, 光伏玻璃, 光伏电池片), not an industry of a zone or firm'},
    dictionary_comments=[
        'zonegraph dictionary for the dev10 set (eval/dev10): zones, companies, clusters, projects of the 8 dev10 articles.',
        'Bare generic words (开发区, 高新区, 经开区, 新区, 综保区, 园区, 全区 …) are left out. No relation facts are encoded (no owner=, zone=, group=, parent= for firms/projects/sub-zones): relations must come from the text.'])
