#!/usr/bin/env python3
"""Validate the dev2 gold files (independent of build.py: reads only the written files).

python3 eval/dev2/scripts/validate.py   -> prints counts, exits 1 on any problem.
"""
import collections
import csv
import glob
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SEEDS = os.path.join(ROOT, '..', '..', '..', 'shared', 'seeds')
MAIN = os.path.join(ROOT, '..', '..')  # /work/main: examples/ and eval/heldout/corpus are also checked for overlap
problems = []


def P(msg):
    problems.append(msg)


def read_tsv(rel, header, comments=False):
    path = os.path.join(ROOT, rel)
    raw = open(path, 'rb').read()
    if raw.startswith(b'\xef\xbb\xbf'):
        P(f'{rel}: BOM')
    if b'\r' in raw:
        P(f'{rel}: CR line ends')
    if not raw.endswith(b'\n'):
        P(f'{rel}: no final newline')
    lines = raw.decode('utf-8').split('\n')[:-1]
    if comments:
        lines = [l for l in lines if not l.startswith('#')]
    got = lines[0].split('\t')
    if got != header:
        P(f'{rel}: header {got} != {header}')
    rows = []
    for n, l in enumerate(lines[1:], 2):
        f = l.split('\t')
        if len(f) != len(header):
            P(f'{rel}:{n}: {len(f)} columns, expected {len(header)}')
            continue
        rows.append(dict(zip(header, f)))
    return rows


# ---------------------------------------------------------------- corpus
corpus = sorted(glob.glob(os.path.join(ROOT, 'corpus', '*.txt')))
RAW = {}
for path in corpus:
    name = os.path.basename(path)
    raw = open(path, 'rb').read()
    RAW[name] = raw
    text = raw.decode('utf-8')
    if raw.startswith(b'\xef\xbb\xbf') or b'\r' in raw:
        P(f'{name}: BOM or CR')
    first = text.split('\n', 1)[0]
    if not first.strip() or len(first) > 60:
        P(f'{name}: first line is not a title: {first!r}')
    n = len(re.sub(r'\s', '', text))
    if not 600 <= n <= 1100:
        P(f'{name}: {n} characters (want 600-1100)')
if len(corpus) != 6:
    P(f'{len(corpus)} corpus files, expected 6')

# 14-character overlap with the seeds, examples/ and the held-out corpus. Overlapping runs are printed only for the
# seeds and examples: the held-out test half (h05-h08) must stay unread, so for eval/heldout only the count is reported.
REFS = {}
for pth in glob.glob(os.path.join(SEEDS, '*.txt')):
    REFS['seeds/' + os.path.basename(pth)] = (open(pth, encoding='utf-8').read(), True)
for pth in glob.glob(os.path.join(MAIN, 'examples', '*')):
    if os.path.isfile(pth):
        REFS['examples/' + os.path.basename(pth)] = (open(pth, encoding='utf-8', errors='replace').read(), True)
for pth in glob.glob(os.path.join(MAIN, 'eval', 'heldout', 'corpus', '*.txt')):
    REFS['heldout/' + os.path.basename(pth)] = (open(pth, encoding='utf-8').read(), False)
if not any(k.startswith('seeds/') for k in REFS):
    print('warning: seed texts not found; 14-character overlap check with the seeds skipped')
REF_GRAMS = {k: ({t[i:i + 14] for i in range(len(t) - 13)}, show) for k, (t, show) in REFS.items()}
for name, raw in RAW.items():
    t = raw.decode('utf-8')
    mine = {t[i:i + 14] for i in range(len(t) - 13)}
    for k, (g, show) in REF_GRAMS.items():
        shared = mine & g
        if shared:
            P(f'{name}: shares {len(shared)} 14-character runs with {k}' + (f': {sorted(shared)[:3]}' if show else ''))
print(f'overlap check: {len(RAW)} articles against {len(REFS)} reference texts (seeds, examples/, eval/heldout/corpus)')

# ---------------------------------------------------------------- entities
TYPES = {'zone', 'company', 'cluster', 'project', 'region', 'organization'}
PREFIX = {'zone': 'zone', 'company': 'company', 'cluster': 'cluster', 'project': 'project', 'region': 'region', 'organization': 'org'}
ents = read_tsv('entities.tsv', ['id', 'type', 'canonical', 'aliases', 'attributes'])
ENT = {}
for e in ents:
    if e['id'] in ENT:
        P(f'entities.tsv: duplicate id {e["id"]}')
    ENT[e['id']] = e
    if e['type'] not in TYPES:
        P(f'entities.tsv: bad type {e["type"]}')
    elif e['id'].split(':')[0] != PREFIX[e['type']]:
        P(f'entities.tsv: id prefix of {e["id"]} does not fit type {e["type"]}')
FORMS = {i: {e['canonical']} | {a for a in e['aliases'].split('|') if a} for i, e in ENT.items()}

dic = read_tsv('dictionary/entities.tsv', ['id', 'type', 'name', 'aliases', 'attributes'], comments=True)


def fold(s):
    return ''.join(chr(ord(c) - 0xFEE0) if 0xFF01 <= ord(c) <= 0xFF5E else c for c in s).lower()


owner = {}
for d in dic:
    if d['id'] not in ENT:
        P(f'dictionary: id {d["id"]} not in entities.tsv')
    elif ENT[d['id']]['type'] != d['type']:
        P(f'dictionary: type of {d["id"]} differs from entities.tsv')
    if not re.fullmatch(r'[a-z]+:[a-z0-9.\-_]+', d['id']):
        P(f'dictionary: id style {d["id"]}')
    for form in [d['name']] + [a for a in d['aliases'].split('|') if a]:
        k = fold(form)
        if k in owner and owner[k] != d['id']:
            P(f'dictionary: form {form} claimed by {owner[k]} and {d["id"]}')
        owner[k] = d['id']
        if k in ('开发区', '高新区', '经开区', '新区', '实验区', '园区', '全区', '该区', '区内'):
            P(f'dictionary: generic word {form} listed for {d["id"]}')
    for part in filter(None, (p.strip() for p in d['attributes'].split(';'))):
        if '=' not in part or not re.fullmatch(r'[a-z_0-9]+', part.split('=', 1)[0].strip()):
            P(f'dictionary: attribute {part!r} of {d["id"]}')
    for part in filter(None, (p.strip() for p in d['attributes'].split(';'))):
        v = part.split('=', 1)[1]
        if re.fullmatch(r'(zone|company|cluster|project|region|org):[\w\-.]+', v) and v not in ENT:
            P(f'dictionary: attribute points to unknown id {v}')
if {d['id'] for d in dic} != set(ENT):
    P('dictionary ids != entities.tsv ids')

# ---------------------------------------------------------------- mentions
ms = read_tsv('mentions.tsv', ['file', 'type', 'entity_id', 'surface', 'byte_offset', 'byte_end'])
spans = collections.defaultdict(list)
mentioned = collections.defaultdict(set)
for m in ms:
    f = m['file']
    if f not in RAW:
        P(f'mentions: unknown file {f}')
        continue
    e = ENT.get(m['entity_id'])
    if not e:
        P(f'mentions: unknown id {m["entity_id"]}')
        continue
    if m['type'] != e['type'] or m['type'] not in ('zone', 'company', 'cluster', 'project'):
        P(f'mentions: type {m["type"]} for {m["entity_id"]}')
    a, b = int(m['byte_offset']), int(m['byte_end'])
    if RAW[f][a:b].decode('utf-8') != m['surface']:
        P(f'mentions: {f} {a}:{b} is {RAW[f][a:b].decode("utf-8", "replace")!r}, not {m["surface"]!r}')
    if m['surface'] not in FORMS[m['entity_id']]:
        P(f'mentions: surface {m["surface"]} is not a form of {m["entity_id"]} in entities.tsv')
    spans[f].append((a, b, m['surface']))
    mentioned[f].add(m['entity_id'])
for f, ss in spans.items():
    ss.sort()
    for x, y in zip(ss, ss[1:]):
        if y[0] < x[1]:
            P(f'mentions: overlap in {f}: {x} {y}')

# ---------------------------------------------------------------- relations
SIG = {'member_of': ({'company'}, {'cluster'}), 'owns': ({'company'}, {'project'}),
       'located_in': ({'company', 'project', 'zone'}, {'zone'}), 'focuses_on': ({'zone'}, {'cluster'}),
       'subsidiary_of': ({'company'}, {'company'}), 'partners_with': ({'company'}, {'company'})}
rs = read_tsv('relations.tsv', ['head', 'relation', 'tail', 'file', 'evidence', 'evidence_byte_offset', 'scope'])
gold_keys = set()


def key(h, r, t, f):
    return (tuple(sorted((h, t))) if r == 'partners_with' else (h, t), r, f)


def check_evidence(where, f, ev, off):
    pieces = ev.split(' … ')
    first = pieces[0].encode('utf-8')
    if RAW[f][off:off + len(first)] != first:
        P(f'{where}: evidence does not start at byte {off} in {f}: {pieces[0][:20]}')
    text = RAW[f].decode('utf-8')
    for p in pieces:
        if p not in text:
            P(f'{where}: evidence piece not in {f}: {p[:20]}')


for r in rs:
    f = r['file']
    if f not in RAW:
        P(f'relations: unknown file {f}')
        continue
    if r['relation'] not in SIG:
        P(f'relations: bad relation {r["relation"]}')
        continue
    for x in (r['head'], r['tail']):
        if x not in ENT:
            P(f'relations: unknown id {x}')
    if r['head'] in ENT and r['tail'] in ENT:
        hs, ts = SIG[r['relation']]
        if ENT[r['head']]['type'] not in hs or ENT[r['tail']]['type'] not in ts:
            P(f'relations: signature {r["head"]} {r["relation"]} {r["tail"]}')
    for x in (r['head'], r['tail']):
        if x not in mentioned[f]:
            P(f'relations: {x} has no gold mention in {f}')
    k = key(r['head'], r['relation'], r['tail'], f)
    if k in gold_keys:
        P(f'relations: duplicate {k}')
    gold_keys.add(k)
    if not r['scope']:
        P('relations: empty scope')
    check_evidence('relations', f, r['evidence'], int(r['evidence_byte_offset']))

# ---------------------------------------------------------------- uncertain
us = read_tsv('uncertain.tsv', ['kind', 'file', 'surface_or_evidence', 'byte_offset', 'char_offset', 'proposed', 'head', 'relation', 'tail', 'note'])
for u in us:
    f = u['file']
    if f not in RAW:
        P(f'uncertain: unknown file {f}')
        continue
    off = int(u['byte_offset'])
    if len(RAW[f][:off].decode('utf-8')) != int(u['char_offset']):
        P(f'uncertain: char_offset mismatch at {f} {off}')
    if u['kind'] == 'mention':
        s = u['surface_or_evidence'].encode('utf-8')
        if RAW[f][off:off + len(s)] != s:
            P(f'uncertain: mention {u["surface_or_evidence"]} not at {off} in {f}')
        if u['proposed'] not in ENT and not u['proposed'].startswith('(new) '):
            P(f'uncertain: proposed {u["proposed"]} unknown')
        for a, b, s2 in spans[f]:
            if a < off + len(s) and off < b:
                P(f'uncertain: mention overlaps gold {s2} in {f}')
    elif u['kind'] == 'relation':
        if u['relation'] not in SIG:
            P(f'uncertain: relation {u["relation"]}')
        for x in (u['head'], u['tail']):
            if x not in ENT:
                P(f'uncertain: unknown id {x}')
        if key(u['head'], u['relation'], u['tail'], f) in gold_keys:
            P(f'uncertain: relation is also gold: {u["head"]} {u["relation"]} {u["tail"]} {f}')
        check_evidence('uncertain', f, u['surface_or_evidence'], off)
    else:
        P(f'uncertain: kind {u["kind"]}')

# ---------------------------------------------------------------- non_mentions (optional file)
if os.path.exists(os.path.join(ROOT, 'non_mentions.tsv')):
    nm = read_tsv('non_mentions.tsv', ['file', 'surface', 'byte_offset', 'char_offset', 'dictionary_entity', 'status', 'reason', 'context'])
    for n in nm:
        raw = RAW[n['file']]
        off = int(n['byte_offset'])
        s = n['surface'].encode('utf-8')
        if raw[off:off + len(s)] != s or len(raw[:off].decode('utf-8')) != int(n['char_offset']):
            P(f'non_mentions: offsets of {n["surface"]} in {n["file"]}')
        if n['dictionary_entity'] != '-' and n['dictionary_entity'] not in ENT:
            P(f'non_mentions: unknown id {n["dictionary_entity"]}')

# ---------------------------------------------------------------- report
sizes = {k.split('_')[0]: len(re.sub(r'\s', '', v.decode('utf-8'))) for k, v in sorted(RAW.items())}
print(f'corpus: {len(RAW)} files, characters without whitespace: {sizes}')
print('entities:', dict(collections.Counter(e['type'] for e in ents)))
print('mentions:', len(ms), dict(collections.Counter(m['type'] for m in ms)))
per = collections.defaultdict(collections.Counter)
for m in ms:
    per[m['file']][m['type']] += 1
for f in sorted(RAW):
    print(f'  {f}: ' + ', '.join(f'{t}={per[f][t]}' for t in ('zone', 'company', 'cluster', 'project')) + f', total={sum(per[f].values())}')
print('relations:', len(rs), dict(collections.Counter(r['relation'] for r in rs)))
rper = collections.defaultdict(collections.Counter)
for r in rs:
    rper[r['file']][r['relation']] += 1
for f in sorted(RAW):
    print(f'  {f}: ' + ', '.join(f'{t}={rper[f][t]}' for t in SIG) + f', total={sum(rper[f].values())}')
print('uncertain:', dict(collections.Counter(u['kind'] for u in us)), dict(collections.Counter(u['relation'] for u in us if u['kind'] == 'relation')))
if problems:
    print('\nPROBLEMS:')
    print('\n'.join(problems))
    sys.exit(1)
print('OK: no problems')
