#!/usr/bin/env python3
"""Validate the held-out gold files (independent of build.py: reads only the written files).

python3 eval/heldout/scripts/validate.py   -> prints counts, exits 1 on any problem.
The code is shared with eval/dev2 (eval/scripts/goldset.py); this file holds what is particular to the held-out set.
"""
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SEEDS = os.path.join(ROOT, '..', '..', '..', 'shared', 'seeds')
sys.path.insert(0, os.path.normpath(os.path.join(ROOT, '..', 'scripts')))  # eval/scripts: goldset.py
import goldset  # noqa: E402

goldset.validate(
    ROOT,
    n_articles=8,
    chars=(500, 1200),
    dictionary_generic=('开发区', '高新区', '经开区', '新区', '园区', '全区', '该区'),
    # the seed texts, joined into one, are the reference of the 14-character overlap check
    seed_refs=goldset.texts_joined(os.path.join(SEEDS, '*.txt'), 'the seeds', show=True),
    missing_seeds='warning: seed texts not found; 14-character overlap check skipped',
    shared_msg='{name}: shares 14-character runs with {ref}{runs}')
