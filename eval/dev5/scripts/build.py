#!/usr/bin/env python3
"""Build the dev5 gold files from scripts/entities_def.py and scripts/annotations.py.

Run from anywhere: python3 eval/dev5/scripts/build.py
Offsets are computed from the anchors in annotations.py against the raw UTF-8 corpus files, never typed.
Writes entities.tsv, dictionary/entities.tsv, mentions.tsv, relations.tsv, uncertain.tsv, non_mentions.tsv.
The code is shared with eval/heldout, eval/dev2, eval/dev3 and eval/dev4 (eval/scripts/goldset.py); this file holds what is
particular to dev5.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)  # eval/dev5
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
    other_sense_notes={'新能源汽车': ': 新能源汽车 as vehicles (厂内短驳车辆全部采用新能源汽车), not the industry',
                       '燃料电池': ': 燃料电池 as a product (燃料电池电堆, 氢燃料电池物流车), not the industry',
                       '创新药': ': 创新药 as drugs (在研小分子创新药品种; 5个创新药获批上市), not the industry',
                       '光伏': ': 光伏 as an installation (屋顶分布式光伏装机42兆瓦), not the industry',
                       '动力电池': ': 动力电池 as a product (年可处理退役动力电池5万吨), not the industry',
                       '硬质合金': ': 硬质合金 as a material of a product (硬质合金刀具), not the industry',
                       '半导体设备': ': 半导体设备 as an application of the firm\'s products (产品…应用于…半导体设备), not the industry',
                       '松山湖': ': 松山湖 as the lake (距松山湖湖岸约3公里), not the zone',
                       '合成生物': ': 合成生物 as a technique (采用合成生物技术路线), not the industry'},
    dictionary_comments=[
        'zonegraph dictionary for the dev5 set (eval/dev5): zones, companies, clusters, projects, regions, organizations of the 8 dev5 articles.',
        'Bare generic words (开发区, 高新区, 经开区, 新区, 综保区, 园区, 全区 …) are left out. No relation facts are encoded (no owner=, zone=, group=, parent= for firms/projects/sub-parks): relations must come from the text.'])
