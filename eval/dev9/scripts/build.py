#!/usr/bin/env python3
"""Build the dev9 gold files from scripts/entities_def.py and scripts/annotations.py.

Run from anywhere: python3 eval/dev9/scripts/build.py
Offsets are computed from the anchors in annotations.py against the raw UTF-8 corpus files, never typed.
Writes entities.tsv, dictionary/entities.tsv, mentions.tsv, relations.tsv, uncertain.tsv, non_mentions.tsv.
The code is shared with eval/heldout and eval/dev2 … eval/dev8 (eval/scripts/goldset.py, not changed); this file holds
what is particular to dev9.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)  # eval/dev9
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.normpath(os.path.join(ROOT, '..', 'scripts')))  # eval/scripts: goldset.py
from entities_def import E  # noqa: E402
import annotations as A  # noqa: E402
import goldset  # noqa: E402

goldset.build(
    ROOT, E, A,
    zone_nouns=['开发区', '高新区', '经开区', '新区', '综保区', '园区'],
    pronouns=['全区', '该区', '本区', '两区', '区内'],
    # class-use left contexts of this set: 国家级高新区, 全省各开发区, 两大园区, 省级以上开发区, 部分开发区, 全市开发区, 宝鸡市开发区 …
    class_left_ends=('国家级', '各', '两大', '以上', '部分', '全市', '市'),
    class_left_contains=('国家级',),
    pronoun_file_notes={'n01': ' (全区 / 区内 = 淄博高新区, the subject of the report)',
                        'n02': ' (该区 = 九江经开区; 区内 in the bonded-zone paragraph = 九江综合保税区, the subject of that paragraph)',
                        'n03': ' (两区 = both zones; 区内 = 湘潭经开区, in the words of its director)',
                        'n05': ' (全区 = 江门高新区; 该区 / 区内 = 新会经开区, the subject of its paragraph)',
                        'n06': ' (区内 / 全区 = 十堰经开区, in the words of its director)',
                        'n08': ' (区内 = 泰州医药高新区, the subject of the feature)'},
    other_sense_notes={'动力电池': ': 动力电池 in a quote about a product (正在成为动力电池的新选择: a choice for power batteries), not an industry of a zone or firm'},
    dictionary_comments=[
        'zonegraph dictionary for the dev9 set (eval/dev9): zones, companies, clusters, projects of the 8 dev9 articles.',
        'Bare generic words (开发区, 高新区, 经开区, 新区, 综保区, 园区, 全区 …) are left out. No relation facts are encoded (no owner=, zone=, group=, parent= for firms/projects/sub-zones): relations must come from the text.'])
