#!/usr/bin/env python3
"""Build the dev3 gold files from scripts/entities_def.py and scripts/annotations.py.

Run from anywhere: python3 eval/dev3/scripts/build.py
Offsets are computed from the anchors in annotations.py against the raw UTF-8 corpus files, never typed.
Writes entities.tsv, dictionary/entities.tsv, mentions.tsv, relations.tsv, uncertain.tsv, non_mentions.tsv.
The code is shared with eval/heldout (eval/scripts/goldset.py); this file holds what is particular to dev3.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)  # eval/dev3
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.normpath(os.path.join(ROOT, '..', 'scripts')))  # eval/scripts: goldset.py
from entities_def import E  # noqa: E402
import annotations as A  # noqa: E402
import goldset  # noqa: E402

goldset.build(
    ROOT, E, A,
    zone_nouns=['开发区', '高新区', '经开区', '新区', '汽开区', '起步区', '园区'],
    pronouns=['全区', '该区', '本区', '两区', '区内'],
    class_left_ends=('国家级', '各类', '首批', '省级以上', '全市', '个别', '部分', '西部'),
    class_left_contains=('国家级', '开发开放'),
    other_sense_notes={'氢能': ': 氢能 in 氢能重卡 (a vehicle: hydrogen trucks), not the industry',
                       '医疗器械': ': 医疗器械 in a product list (产品涵盖化学药、中成药、医疗器械和体外诊断试剂), not the industry',
                       '软件业': ': 软件业 inside 软件业务收入 (software business revenue), not the industry word 软件业'},
    dictionary_comments=[
        'zonegraph dictionary for the dev3 set (eval/dev3): zones, companies, clusters, projects, regions, organizations of the 6 dev3 articles.',
        'Bare generic words (开发区, 高新区, 经开区, 新区, 汽开区, 起步区, 园区, 全区 …) are left out. No relation facts are encoded (no owner=, zone=, group=, parent= for firms/projects/sub-parks): relations must come from the text.'])
