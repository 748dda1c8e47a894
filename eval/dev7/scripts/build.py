#!/usr/bin/env python3
"""Build the dev7 gold files from scripts/entities_def.py and scripts/annotations.py.

Run from anywhere: python3 eval/dev7/scripts/build.py
Offsets are computed from the anchors in annotations.py against the raw UTF-8 corpus files, never typed.
Writes entities.tsv, dictionary/entities.tsv, mentions.tsv, relations.tsv, uncertain.tsv, non_mentions.tsv.
The code is shared with eval/heldout and eval/dev2 … eval/dev6 (eval/scripts/goldset.py, not changed); this file holds
what is particular to dev7.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)  # eval/dev7
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.normpath(os.path.join(ROOT, '..', 'scripts')))  # eval/scripts: goldset.py
from entities_def import E  # noqa: E402
import annotations as A  # noqa: E402
import goldset  # noqa: E402

goldset.build(
    ROOT, E, A,
    # 示范区 (k01: the bare short form of 山西转型综合改革示范区) is passed as a zone noun, like 综保区 and 园区 in dev6
    zone_nouns=['开发区', '高新区', '经开区', '新区', '综保区', '园区', '示范区'],
    pronouns=['全区', '该区', '本区', '两区', '区内'],
    class_left_ends=('国家级', '各', '两个', '两大', '重点', '首批', '省级'),
    class_left_contains=('国家级',),
    pronoun_file_notes={'k03': ' (区内 here = 大亚湾经开区, the subject of the sentence)',
                        'k05': ' (全区 = 洛阳高新区, the subject of the statistics bulletin)',
                        'k06': ' (区内 = 绵阳高新区, the organizer of the meeting)',
                        'k07': ' (区内 = 柳东新区)',
                        'k08': ' (区内 = 海口综保区, the subject of the item)'},
    other_sense_notes={'超高清': ': 超高清 as a product attribute (8K超高清显示模组生产线), not the industry',
                       '风电装备': ': 风电装备 as the use of a product (风电装备用大功率电机), not the industry',
                       '大亚湾': ': 大亚湾 as the bay (大亚湾海面), not the zone',
                       '洋浦': ': 洋浦 inside the port of registry “洋浦港”, not the zone',
                       '跨境电商': ': 跨境电商 as the name of a logistics service (跨境电商专线), not the industry',
                       '工程机械': ': 工程机械 as the use of a product (工程机械液压件), not the industry'},
    dictionary_comments=[
        'zonegraph dictionary for the dev7 set (eval/dev7): zones, companies, clusters, projects, regions, organizations of the 8 dev7 articles.',
        'Bare generic words (开发区, 高新区, 经开区, 新区, 综保区, 园区, 示范区, 全区 …) are left out. No relation facts are encoded (no owner=, zone=, group=, parent= for firms/projects/sub-parks): relations must come from the text.'])
