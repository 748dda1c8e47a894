#!/usr/bin/env python3
"""Build the held-out gold files from scripts/entities_def.py and scripts/annotations.py.

Run from anywhere: python3 eval/heldout/scripts/build.py
Offsets are computed from the anchors in annotations.py against the raw UTF-8 corpus files, never typed.
Writes entities.tsv, dictionary/entities.tsv, mentions.tsv, relations.tsv, uncertain.tsv, non_mentions.tsv.
The code is shared with eval/dev2 (eval/scripts/goldset.py); this file holds what is particular to the held-out set.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)  # eval/heldout
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.normpath(os.path.join(ROOT, '..', 'scripts')))  # eval/scripts: goldset.py
from entities_def import E  # noqa: E402
import annotations as A  # noqa: E402
import goldset  # noqa: E402

goldset.build(
    ROOT, E, A,
    zone_nouns=['开发区', '高新区', '经开区', '新区', '园区'],
    pronouns=['全区', '该区', '本区', '两区'],
    class_left_ends=('国家级', '两个国家级'),
    class_left_contains=('百强',),
    pronoun_file_notes={'h06': ' (here the district 双流区)'},
    other_sense_notes={'激光': ': 激光 inside 光纤激光器 (a product, fibre laser), not the industry'},
    dictionary_comments=[
        'zonegraph dictionary for the held-out set (eval/heldout): zones, companies, clusters, projects, regions, organizations of the 8 held-out articles.',
        'Bare generic words (开发区, 高新区, 经开区, 新区, 园区, 全区 …) are left out. No relation facts are encoded (no owner=, zone=, group= attributes): relations must come from the text.'])
