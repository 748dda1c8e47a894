#!/usr/bin/env python3
"""Build the dev8 gold files from scripts/entities_def.py and scripts/annotations.py.

Run from anywhere: python3 eval/dev8/scripts/build.py
Offsets are computed from the anchors in annotations.py against the raw UTF-8 corpus files, never typed.
Writes entities.tsv, dictionary/entities.tsv, mentions.tsv, relations.tsv, uncertain.tsv, non_mentions.tsv.
The code is shared with eval/heldout and eval/dev2 … eval/dev7 (eval/scripts/goldset.py, not changed); this file holds
what is particular to dev8.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)  # eval/dev8
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.normpath(os.path.join(ROOT, '..', 'scripts')))  # eval/scripts: goldset.py
from entities_def import E  # noqa: E402
import annotations as A  # noqa: E402
import goldset  # noqa: E402

goldset.build(
    ROOT, E, A,
    # 科技城 (m03: the bare short form of 赣州新能源汽车科技城) is passed as a zone noun, like 示范区 in dev7
    zone_nouns=['开发区', '高新区', '经开区', '新区', '综保区', '园区', '科技城'],
    pronouns=['全区', '该区', '本区', '两区', '区内'],
    class_left_ends=('国家级', '各', '两个', '两大', '重点', '首批', '省级', '部分'),
    class_left_contains=('国家级',),
    pronoun_file_notes={'m01': ' (全区 / 区内 = 盐城经开区, the subject of the work plan)',
                        'm02': ' (全区 = 绍兴滨海新区; 区内 in the 柯桥 paragraph = 柯桥经开区, inferred)',
                        'm03': ' (两区 = both zones; 区内 = 赣州新能源汽车科技城, the subject of the sentence)',
                        'm05': ' (全区 = 古雷开发区; 该区 / 区内 = 漳州台商投资区, the subject of the paragraph)',
                        'm06': ' (区内 = 蒙苏经济开发区; 全区 = the autonomous region 内蒙古, not a zone)'},
    other_sense_notes={'石化产业': ': 石化产业 inside 七大石化产业基地 (a national designation of petrochemical bases), not the industry of the zone'},
    dictionary_comments=[
        'zonegraph dictionary for the dev8 set (eval/dev8): zones, companies, clusters, projects of the 8 dev8 articles.',
        'Bare generic words (开发区, 高新区, 经开区, 新区, 综保区, 园区, 科技城, 全区 …) are left out. No relation facts are encoded (no owner=, zone=, group=, parent= for firms/projects/sub-parks): relations must come from the text.'])
