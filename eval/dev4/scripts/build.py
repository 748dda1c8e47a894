#!/usr/bin/env python3
"""Build the dev4 gold files from scripts/entities_def.py and scripts/annotations.py.

Run from anywhere: python3 eval/dev4/scripts/build.py
Offsets are computed from the anchors in annotations.py against the raw UTF-8 corpus files, never typed.
Writes entities.tsv, dictionary/entities.tsv, mentions.tsv, relations.tsv, uncertain.tsv, non_mentions.tsv.
The code is shared with eval/heldout, eval/dev2 and eval/dev3 (eval/scripts/goldset.py); this file holds what is particular to dev4.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)  # eval/dev4
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.normpath(os.path.join(ROOT, '..', 'scripts')))  # eval/scripts: goldset.py
from entities_def import E  # noqa: E402
import annotations as A  # noqa: E402
import goldset  # noqa: E402

goldset.build(
    ROOT, E, A,
    zone_nouns=['开发区', '高新区', '经开区', '新区', '新片区', '园区'],
    pronouns=['全区', '该区', '本区', '两区', '区内'],
    class_left_ends=('国家级', '各类', '首批', '省级以上', '全市', '个别', '各', '核心', '镇街工业', '产业'),
    class_left_contains=('国家级', '开发开放', '省级以上'),
    other_sense_notes={'电子信息': ': 电子信息 in 电子信息工程 (a university major), not the industry',
                       '医疗器械': ': 医疗器械 in 医疗器械注册证 (a product registration certificate), not the industry',
                       '动力电池': ': 动力电池 in 动力电池包壳体 (a product: battery-pack housings), not the industry',
                       '人形机器人': ': 人形机器人 as a product (其中人形机器人500台; 开展人形机器人上线验证), not the industry',
                       '工业机器人': ': 工业机器人 as a product (交付了300台工业机器人), not the industry'},
    dictionary_comments=[
        'zonegraph dictionary for the dev4 set (eval/dev4): zones, companies, clusters, projects, regions, organizations of the 8 dev4 articles.',
        'Bare generic words (开发区, 高新区, 经开区, 新区, 新片区, 园区, 全区 …) are left out. No relation facts are encoded (no owner=, zone=, group=, parent= for firms/projects/sub-parks): relations must come from the text.'])
