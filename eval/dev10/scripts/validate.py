#!/usr/bin/env python3
"""Validate the dev10 gold files (independent of build.py: reads only the written files).

python3 eval/dev10/scripts/validate.py   -> prints counts, exits 1 on any problem.
The code is shared with eval/heldout and eval/dev2 … eval/dev9 (eval/scripts/goldset.py; only the dev10 entry of its SETS
table was added); this file holds what is particular to dev10.
"""
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SEEDS = os.path.join(ROOT, '..', '..', '..', 'shared', 'seeds')
MAIN = os.path.join(ROOT, '..', '..')  # /work/main: examples/ and the corpora of eval/heldout, eval/dev2 … eval/dev9 are also checked
sys.path.insert(0, os.path.normpath(os.path.join(ROOT, '..', 'scripts')))  # eval/scripts: goldset.py
import goldset  # noqa: E402


goldset.validate(
    ROOT,
    n_articles=8,
    chars=(1000, 1300),
    dictionary_generic=('开发区', '高新区', '经开区', '新区', '新片区', '实验区', '汽开区', '起步区', '综保区', '园区', '示范区', '科技城', '全区',
                        '该区', '本区', '区内', '两区'),
    # 14-character overlap with the seeds, examples/, the held-out, dev2 … dev9 corpora. Overlapping runs are printed only for
    # texts that may be read: the test halves (heldout h05-h08, dev3 d05-d06, dev4 e05-e08, dev5 f05-f08, dev6 g05-g08, dev7 k05-k08,
    # dev8 m05-m08, dev9 n05-n08) must stay unread, so for those files only the count is reported.
    seed_refs=goldset.texts_each(os.path.join(SEEDS, '*.txt'), 'seeds/', show=True),
    other_refs=goldset.earlier_references(MAIN, 'dev10'),
    missing_seeds='warning: seed texts not found; 14-character overlap check with the seeds skipped',
    shared_msg='{name}: shares {n} 14-character runs with {ref}{runs}',
    summary='overlap check: {articles} articles against {refs} reference texts (seeds, examples/, eval/heldout/corpus, '
            'eval/dev2/corpus … eval/dev9/corpus)')
