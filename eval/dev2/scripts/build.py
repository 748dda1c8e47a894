#!/usr/bin/env python3
"""Build the dev2 gold files from scripts/entities_def.py and scripts/annotations.py.

Run from anywhere: python3 eval/dev2/scripts/build.py
Offsets are computed from the anchors in annotations.py against the raw UTF-8 corpus files, never typed.
Writes entities.tsv, dictionary/entities.tsv, mentions.tsv, relations.tsv, uncertain.tsv, non_mentions.tsv.
"""
import os
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)  # eval/dev2
sys.path.insert(0, HERE)
from entities_def import E  # noqa: E402
import annotations as A  # noqa: E402

CORPUS = os.path.join(ROOT, 'corpus')
FILES = sorted(f for f in os.listdir(CORPUS) if f.endswith('.txt'))
RAW = {f: open(os.path.join(CORPUS, f), 'rb').read() for f in FILES}
TEXT = {f: RAW[f].decode('utf-8') for f in FILES}
PRIMARY = {'zone', 'company', 'cluster', 'project'}
GENERIC_FORMS = ['开发区', '高新区', '经开区', '新区', '实验区', '园区', '全区', '该区', '本区', '两区', '区内']
PRONOUNS = ('全区', '该区', '本区', '两区', '区内')
CLASS_LEFT = ('国家级', '各类', '首批')

ENT = {e[0]: e for e in E}
assert len(ENT) == len(E), 'duplicate entity id'
errors = []


def boff(f, ci):
    return len(TEXT[f][:ci].encode('utf-8'))


def ctx(f, a, b, w=12):
    t = TEXT[f]
    return (t[max(0, a - w):a] + '[' + t[a:b] + ']' + t[b:b + w]).replace('\n', '⏎').replace('\t', ' ')


def find_anchor(f, anchor, start):
    l = anchor.index('[')
    r = anchor.index(']')
    plain = anchor[:l] + anchor[l + 1:r] + anchor[r + 1:]
    pos = TEXT[f].find(plain, start)
    if pos < 0:
        raise SystemExit(f'{f}: anchor not found after char {start}: {anchor}')
    a = pos + l
    b = a + (r - l - 1)
    return a, b


# ---------------------------------------------------------------- mentions
mentions = []  # (file, type, id, surface, ca, cb)
for f in FILES:
    pos = 0
    for anchor, eid in A.MENTIONS.get(f, []):
        if eid not in ENT:
            errors.append(f'{f}: unknown entity {eid}')
            continue
        a, b = find_anchor(f, anchor, pos)
        pos = b
        mentions.append((f, ENT[eid][1], eid, TEXT[f][a:b], a, b))
# overlap check
by_file = {}
for m in mentions:
    by_file.setdefault(m[0], []).append(m)
for f, ms in by_file.items():
    ms.sort(key=lambda m: m[4])
    for x, y in zip(ms, ms[1:]):
        if y[4] < x[5]:
            errors.append(f'{f}: overlapping mentions {x[3]} / {y[3]}')

umentions = []  # (file, surface, ca, cb, proposed, note)
for f in FILES:
    pos = 0
    for anchor, eid, note in A.UNCERTAIN_MENTIONS.get(f, []):
        a, b = find_anchor(f, anchor, pos)
        pos = b
        umentions.append((f, TEXT[f][a:b], a, b, eid, note))
        for m in by_file.get(f, []):
            if m[4] < b and a < m[5]:
                errors.append(f'{f}: uncertain mention overlaps gold {m[3]}')


# ---------------------------------------------------------------- dictionary simulation (leftmost-longest)
def fold(s):
    out = []
    for ch in s:
        o = ord(ch)
        if 0xFF01 <= o <= 0xFF5E:
            out.append(chr(o - 0xFEE0))
        elif ch == '\u3000':
            out.append(' ')
        else:
            out.append(ch)
    return ''.join(out).lower()


dict_forms = {}
for eid, typ, canon, aliases, generic, gold, dic in E:
    for form in [canon] + aliases:
        k = fold(form)
        if k in dict_forms and dict_forms[k] != eid:
            errors.append(f'dictionary form {form} claimed by {dict_forms[k]} and {eid}')
        dict_forms[k] = eid
for g in GENERIC_FORMS:
    assert fold(g) not in dict_forms, g
maxlen = max(len(k) for k in list(dict_forms) + GENERIC_FORMS)


def simulate(f, forms):
    t = fold(TEXT[f])
    out = []
    i = 0
    while i < len(t):
        hit = None
        for L in range(min(maxlen, len(t) - i), 0, -1):
            k = t[i:i + L]
            if k in forms:
                hit = (i, i + L, forms[k])
                break
        if hit:
            out.append(hit)
            i = hit[1]
        else:
            i += 1
    return out


all_forms = dict(dict_forms)
for g in GENERIC_FORMS:
    all_forms[g] = 'generic:' + g

non_mentions = []  # (file, surface, ca, dict_entity, status, reason)
sim_stats = {'gold_found': 0, 'gold_missed': [], 'extra': 0}
for f in FILES:
    sim = simulate(f, all_forms)
    gold = {(m[4], m[5]): m for m in by_file.get(f, [])}
    unc = {(u[2], u[3]): u for u in umentions if u[0] == f}
    simspans = {(a, b): e for a, b, e in sim}
    for (a, b), m in gold.items():
        e = simspans.get((a, b))
        if e == m[2] or (e and e.startswith('generic:') and ENT[m[2]][1] == 'zone'):
            sim_stats['gold_found'] += 1
        else:
            sim_stats['gold_missed'].append((f, m[3], e))
    for a, b, e in sim:
        if (a, b) in gold or (a, b) in unc:
            continue
        surface = TEXT[f][a:b]
        etype = e.split(':')[0]
        inside = [m for m in by_file.get(f, []) if m[4] <= a and b <= m[5]]
        if etype in ('region', 'org'):
            continue  # secondary entities are not gold mentions; not listed
        if e.startswith('generic:'):
            left = TEXT[f][max(0, a - 6):a].replace('\n', '⏎')
            right = TEXT[f][b:b + 4].replace('\n', '⏎')
            if surface in PRONOUNS:
                status, reason = 'pronoun', f'{surface}: a pronoun, never a mention' + (
                    ' (两区 = both zones)' if surface == '两区' else ' (the zone)')
            elif left.endswith(CLASS_LEFT):
                status, reason = 'class_use', f'class use: …{left}{surface}{right}…'
            else:
                status, reason = 'generic', f'generic noun, not the article\'s zone: …{left}{surface}{right}…'
            e = '-'
        else:
            status, reason = 'other_sense', 'dictionary form in another sense' + (
                ': 光子 in 光子芯片联合实验室 (a technology: photonic chips), not the industry' if surface == '光子' else '')
        non_mentions.append((f, surface, a, e, status, reason))
        sim_stats['extra'] += 1

# nested dictionary forms inside gold mentions (what a plain substring matcher would also fire on)
for f in FILES:
    t = fold(TEXT[f])
    for m in by_file.get(f, []):
        a0, b0 = m[4], m[5]
        for k, e in dict_forms.items():
            if e == m[2] or e.startswith('region:') and False:
                continue
            start = a0
            while True:
                p = t.find(k, start, b0)
                if p < 0 or p + len(k) > b0:
                    break
                if not (p == a0 and p + len(k) == b0):
                    non_mentions.append((f, TEXT[f][p:p + len(k)], p, e, 'nested',
                                         f'inside gold {m[2]} «{m[3]}»'))
                start = p + 1
        if m[3] in GENERIC_FORMS:
            continue
        for g in ('开发区', '高新区', '经开区', '新区', '实验区', '园区'):
            start = a0
            while True:
                p = TEXT[f].find(g, start, b0)
                if p < 0:
                    break
                if not (p == a0 and p + len(g) == b0) and not (g == '新区' and p > 0 and TEXT[f][p - 1] == '高'):
                    non_mentions.append((f, g, p, '-', 'nested', f'generic word inside gold {m[2]} «{m[3]}»'))
                start = p + 1
# de-duplicate (a generic form may also be a suffix of several names)
seen = set()
nm = []
for row in sorted(non_mentions, key=lambda r: (r[0], r[2], -len(r[1]))):
    key = (row[0], row[2], row[3] if row[3] != '-' else row[1])
    if key not in seen:
        seen.add(key)
        nm.append(row)
non_mentions = nm

# ---------------------------------------------------------------- relations
RELS = {'member_of', 'owns', 'located_in', 'focuses_on', 'subsidiary_of', 'partners_with'}
TYPES = {'member_of': ({'company'}, {'cluster'}), 'owns': ({'company'}, {'project'}),
         'located_in': ({'company', 'project', 'zone'}, {'zone'}), 'focuses_on': ({'zone'}, {'cluster'}),
         'subsidiary_of': ({'company'}, {'company'}), 'partners_with': ({'company'}, {'company'})}


def locate(f, pieces):
    first = pieces[0]
    n = 0
    if isinstance(first, tuple):
        first, n = first
    pos = -1
    for _ in range(n + 1):
        pos = TEXT[f].find(first, pos + 1)
        if pos < 0:
            raise SystemExit(f'{f}: evidence not found: {first}')
    if n == 0 and TEXT[f].find(first, pos + 1) >= 0:
        errors.append(f'{f}: evidence piece not unique: {first}')
    for p in pieces[1:]:
        if p not in TEXT[f]:
            raise SystemExit(f'{f}: evidence not found: {p}')
    return pos, ' … '.join(p if isinstance(p, str) else p[0] for p in pieces)


relations = []
keys = set()
mentioned = {}
for m in mentions:
    mentioned.setdefault(m[0], set()).add(m[2])
for h, r, t, f, ev, scope in A.RELATIONS:
    if r not in RELS:
        errors.append(f'bad relation {r}')
    for x in (h, t):
        if x not in ENT:
            errors.append(f'{f}: unknown id {x}')
    ht, tt = ENT[h][1], ENT[t][1]
    if ht not in TYPES[r][0] or tt not in TYPES[r][1]:
        errors.append(f'{f}: type signature {ht} {r} {tt}')
    key = (h, r, t, f) if r != 'partners_with' else (tuple(sorted((h, t))), r, f)
    if key in keys:
        errors.append(f'duplicate relation {key}')
    keys.add(key)
    for x in (h, t):
        if x not in mentioned.get(f, set()):
            errors.append(f'{f}: relation end {x} has no gold mention in the file')
    ca, evtext = locate(f, ev)
    relations.append((h, r, t, f, evtext, boff(f, ca), scope, ca))

uncertain_rel = []
for h, r, t, f, ev, note in A.UNCERTAIN_RELATIONS:
    for x in (h, t):
        if x not in ENT:
            errors.append(f'{f}: unknown id {x}')
    key = (h, r, t, f) if r != 'partners_with' else (tuple(sorted((h, t))), r, f)
    if key in keys:
        errors.append(f'uncertain relation duplicates gold {key}')
    ca, evtext = locate(f, ev)
    uncertain_rel.append((f, evtext, boff(f, ca), ca, h, r, t, note))

if errors:
    print('\n'.join(errors))
    raise SystemExit(1)


# ---------------------------------------------------------------- write
def clean(v):
    v = str(v)
    assert '\t' not in v and '\n' not in v, v
    return v


def write(path, header, rows, comments=()):
    with open(os.path.join(ROOT, path), 'w', encoding='utf-8', newline='\n') as fh:
        for c in comments:
            fh.write('# ' + c + '\n')
        fh.write('\t'.join(header) + '\n')
        for r in rows:
            fh.write('\t'.join(clean(x) for x in r) + '\n')


ent_rows = []
for eid, typ, canon, aliases, generic, gold, dic in E:
    ent_rows.append((eid, typ, canon, '|'.join(aliases + generic), gold))
write('entities.tsv', ['id', 'type', 'canonical', 'aliases', 'attributes'], ent_rows)

dict_rows = []
for eid, typ, canon, aliases, generic, gold, dic in E:
    keys, kept = {fold(canon)}, []
    for a in aliases:  # the tool folds full-width forms itself: keep one written form per key
        if fold(a) not in keys:
            keys.add(fold(a))
            kept.append(a)
    dict_rows.append((eid, typ, canon, '|'.join(kept), dic))
write('dictionary/entities.tsv', ['id', 'type', 'name', 'aliases', 'attributes'], dict_rows,
      comments=['zonegraph dictionary for the dev2 set (eval/dev2): zones, companies, clusters, projects, regions, organizations of the 6 dev2 articles.',
                'Bare generic words (开发区, 高新区, 经开区, 新区, 实验区, 园区, 全区 …) are left out. No relation facts are encoded (no owner=, zone=, group=, parent= for firms/projects/sub-parks): relations must come from the text.'])

mentions.sort(key=lambda m: (m[0], m[4]))
write('mentions.tsv', ['file', 'type', 'entity_id', 'surface', 'byte_offset', 'byte_end'],
      [(m[0], m[1], m[2], m[3], boff(m[0], m[4]), boff(m[0], m[5])) for m in mentions])

relations.sort(key=lambda r: (r[3], r[7], r[1], r[0], r[2]))
write('relations.tsv', ['head', 'relation', 'tail', 'file', 'evidence', 'evidence_byte_offset', 'scope'],
      [r[:7] for r in relations])

urows = []
for f, s, a, b, eid, note in sorted(umentions, key=lambda u: (u[0], u[2])):
    urows.append(('mention', f, s, boff(f, a), a, eid, '', '', '', note))
for f, ev, bo, ca, h, r, t, note in sorted(uncertain_rel, key=lambda u: (u[0], u[3], u[5], u[4])):
    urows.append(('relation', f, ev, bo, ca, f'{h} {r} {t}', h, r, t, note))
write('uncertain.tsv', ['kind', 'file', 'surface_or_evidence', 'byte_offset', 'char_offset', 'proposed', 'head', 'relation', 'tail', 'note'], urows)

write('non_mentions.tsv', ['file', 'surface', 'byte_offset', 'char_offset', 'dictionary_entity', 'status', 'reason', 'context'],
      [(f, s, boff(f, a), a, e, st, rs, ctx(f, a, a + len(s))) for f, s, a, e, st, rs in non_mentions])

print(f'mentions {len(mentions)}, relations {len(relations)}, uncertain mentions {len(umentions)}, '
      f'uncertain relations {len(uncertain_rel)}, non_mentions {len(non_mentions)}, entities {len(E)}')
print('dictionary simulation: gold spans found', sim_stats['gold_found'], 'missed', len(sim_stats['gold_missed']))
for x in sim_stats['gold_missed']:
    print('  missed', x)
