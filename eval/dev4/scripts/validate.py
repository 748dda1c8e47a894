#!/usr/bin/env python3
"""Validate the dev4 gold files (independent of build.py: reads only the written files).

python3 eval/dev4/scripts/validate.py   -> prints counts, exits 1 on any problem.
The code is shared with eval/heldout, eval/dev2 and eval/dev3 (eval/scripts/goldset.py); this file holds what is particular to dev4.
"""
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SEEDS = os.path.join(ROOT, '..', '..', '..', 'shared', 'seeds')
MAIN = os.path.join(ROOT, '..', '..')  # /work/main: examples/ and the corpora of eval/heldout, eval/dev2, eval/dev3 are also checked for overlap
sys.path.insert(0, os.path.normpath(os.path.join(ROOT, '..', 'scripts')))  # eval/scripts: goldset.py
import goldset  # noqa: E402

goldset.validate(
    ROOT,
    n_articles=8,
    chars=(1200, 2500),
    dictionary_generic=('开发区', '高新区', '经开区', '新区', '新片区', '实验区', '汽开区', '起步区', '园区', '全区', '该区', '区内', '两区'),
    # 14-character overlap with the seeds, examples/, the held-out, dev2 and dev3 corpora. Overlapping runs are printed only for texts
    # that may be read: the held-out test half (h05-h08) and dev3 d05-d06 must stay unread, so for eval/heldout and for those two dev3
    # files only the count is reported.
    seed_refs=goldset.texts_each(os.path.join(SEEDS, '*.txt'), 'seeds/', show=True),
    other_refs=(goldset.texts_each(os.path.join(MAIN, 'examples', '*'), 'examples/', show=True, files_only=True, errors='replace')
                + goldset.texts_each(os.path.join(MAIN, 'eval', 'heldout', 'corpus', '*.txt'), 'heldout/', show=False)
                + goldset.texts_each(os.path.join(MAIN, 'eval', 'dev2', 'corpus', '*.txt'), 'dev2/', show=True)
                + goldset.texts_each(os.path.join(MAIN, 'eval', 'dev3', 'corpus', 'd0[1-4]_*.txt'), 'dev3/', show=True)
                + goldset.texts_each(os.path.join(MAIN, 'eval', 'dev3', 'corpus', 'd0[5-9]_*.txt'), 'dev3/', show=False)),
    missing_seeds='warning: seed texts not found; 14-character overlap check with the seeds skipped',
    shared_msg='{name}: shares {n} 14-character runs with {ref}{runs}',
    summary='overlap check: {articles} articles against {refs} reference texts (seeds, examples/, eval/heldout/corpus, eval/dev2/corpus, eval/dev3/corpus)')
