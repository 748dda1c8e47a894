"""Shared code of the gold evaluation sets (eval/heldout, eval/dev2).

Each set keeps its data (scripts/entities_def.py, scripts/annotations.py) and two thin entry points that hold
what differs between the sets and call this module:

  scripts/build.py    -> build(...): regenerates the set's TSV files from the anchored annotation.
                         Offsets are computed from the anchors against the raw UTF-8 corpus files, never typed.
                         Writes entities.tsv, dictionary/entities.tsv, mentions.tsv, relations.tsv, uncertain.tsv,
                         non_mentions.tsv.
  scripts/validate.py -> validate(...): checks the written files (independent of build: reads only the written
                         files); prints counts, exits 1 on any problem.
"""
import collections
import glob
import os
import re
import sys

# relation types and their signatures (head types, tail types)
SIG = {'member_of': ({'company'}, {'cluster'}), 'owns': ({'company'}, {'project'}),
       'located_in': ({'company', 'project', 'zone'}, {'zone'}), 'focuses_on': ({'zone'}, {'cluster'}),
       'subsidiary_of': ({'company'}, {'company'}), 'partners_with': ({'company'}, {'company'})}


# ================================================================ build

def build(root, E, A, *, zone_nouns, pronouns, class_left_ends=(), class_left_contains=(), pronoun_file_notes=None,
          other_sense_notes=None, dictionary_comments=()):
    """Build the gold files of the set in `root` from entity definitions E and annotation module A.

    zone_nouns           generic zone words (开发区, 高新区 …): never dictionary forms; reported as non-mentions where the
                         dictionary simulation meets them, and as nested generic words inside gold names
    pronouns             区-pronouns (全区, 该区 …): generic forms that are never mentions
    class_left_ends      left contexts (ending) that make a generic word a class use (国家级开发区)
    class_left_contains  left contexts (anywhere in the 6 characters before) that make it a class use
    pronoun_file_notes   {file name prefix: note} for pronouns in particular articles (default: 两区 / the zone)
    other_sense_notes    {surface: note} appended to the reason of a dictionary form used in another sense
    dictionary_comments  comment lines at the top of dictionary/entities.tsv
    """
    pronoun_file_notes = pronoun_file_notes or {}
    other_sense_notes = other_sense_notes or {}
    GENERIC_FORMS = list(zone_nouns) + list(pronouns)

    CORPUS = os.path.join(root, 'corpus')
    FILES = sorted(f for f in os.listdir(CORPUS) if f.endswith('.txt'))
    RAW = {f: open(os.path.join(CORPUS, f), 'rb').read() for f in FILES}
    TEXT = {f: RAW[f].decode('utf-8') for f in FILES}

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

    # ------------------------------------------------------------ mentions
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

    # ------------------------------------------------------------ dictionary simulation (leftmost-longest)
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
            if etype in ('region', 'org'):
                continue  # secondary entities are not gold mentions; not listed
            if e.startswith('generic:'):
                left = TEXT[f][max(0, a - 6):a].replace('\n', '⏎')
                right = TEXT[f][b:b + 4].replace('\n', '⏎')
                if surface in pronouns:
                    note = next((n for p, n in pronoun_file_notes.items() if f.startswith(p)), None)
                    if note is None:
                        note = ' (两区 = both zones)' if surface == '两区' else ' (the zone)'
                    status, reason = 'pronoun', f'{surface}: a pronoun, never a mention' + note
                elif left.endswith(tuple(class_left_ends)) or any(c in left for c in class_left_contains):
                    status, reason = 'class_use', f'class use: …{left}{surface}{right}…'
                else:
                    status, reason = 'generic', f'generic noun, not the article\'s zone: …{left}{surface}{right}…'
                e = '-'
            else:
                status, reason = 'other_sense', 'dictionary form in another sense' + other_sense_notes.get(surface, '')
            non_mentions.append((f, surface, a, e, status, reason))
            sim_stats['extra'] += 1

    # nested dictionary forms inside gold mentions (what a plain substring matcher would also fire on)
    for f in FILES:
        t = fold(TEXT[f])
        for m in by_file.get(f, []):
            a0, b0 = m[4], m[5]
            for k, e in dict_forms.items():
                if e == m[2]:
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
            for g in zone_nouns:
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

    # ------------------------------------------------------------ relations
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
        if r not in SIG:
            errors.append(f'bad relation {r}')
        for x in (h, t):
            if x not in ENT:
                errors.append(f'{f}: unknown id {x}')
        ht, tt = ENT[h][1], ENT[t][1]
        if ht not in SIG[r][0] or tt not in SIG[r][1]:
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

    # ------------------------------------------------------------ write
    def clean(v):
        v = str(v)
        assert '\t' not in v and '\n' not in v, v
        return v

    def write(path, header, rows, comments=()):
        with open(os.path.join(root, path), 'w', encoding='utf-8', newline='\n') as fh:
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
          comments=dictionary_comments)

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


# ================================================================ validate: reference texts of the overlap check

def texts_each(pattern, label, show, files_only=False, errors=None):
    """One reference text per file matching `pattern`, named label + file name.
    show: whether the overlapping runs may be printed (False for texts that must stay unread)."""
    refs = []
    for pth in glob.glob(pattern):
        if files_only and not os.path.isfile(pth):
            continue
        refs.append((label + os.path.basename(pth), open(pth, encoding='utf-8', errors=errors).read(), show))
    return refs


# The gold sets in the order they were written, each with the file prefix of its test half (None: the
# whole set is for development). A test half must stay unread, so its overlapping runs are counted,
# never printed.
SETS = [('heldout', 'h'), ('dev2', None), ('dev3', 'd'), ('dev4', 'e'), ('dev5', 'f'), ('dev6', 'g'), ('dev7', 'k'),
        ('dev8', 'm'), ('dev9', 'n'), ('dev10', 'o')]


def earlier_references(main, before):
    """examples/ and the corpora of every set written before `before`: development halves (01-04)
    shown, test halves (05-09) counted only. `main` is the repository root."""
    refs = texts_each(os.path.join(main, 'examples', '*'), 'examples/', show=True, files_only=True, errors='replace')
    for name, prefix in SETS[:[n for n, _ in SETS].index(before)]:
        folder = os.path.join(main, 'eval', name, 'corpus')
        if prefix is None:
            refs += texts_each(os.path.join(folder, '*.txt'), name + '/', show=True)
        else:
            refs += texts_each(os.path.join(folder, prefix + '0[1-4]_*.txt'), name + '/', show=True)
            refs += texts_each(os.path.join(folder, prefix + '0[5-9]_*.txt'), name + '/', show=False)
    return refs


def texts_joined(pattern, label, show):
    """All files matching `pattern` joined into one reference text named `label` (none if that text is empty)."""
    text = ''.join(open(p, encoding='utf-8').read() for p in glob.glob(pattern))
    return [(label, text, show)] if text else []


# ================================================================ validate

def validate(root, *, n_articles, chars, dictionary_generic, seed_refs, other_refs=(), missing_seeds,
             shared_msg, summary=None):
    """Validate the gold files of the set in `root`; prints counts, exits 1 on any problem.

    n_articles          expected number of corpus files
    chars               (low, high): allowed characters without whitespace per article
    dictionary_generic  generic words that must not be dictionary forms
    seed_refs           reference texts (name, text, show) from the seeds (texts_each / texts_joined)
    other_refs          further reference texts for the 14-character overlap check
    missing_seeds       warning printed when seed_refs is empty
    shared_msg          problem line for an overlap; format fields {name} (article), {n} (number of shared runs),
                        {ref} (reference name), {runs} (': ' and the first three runs, or '' if the reference must
                        not be shown)
    summary             optional line printed after the overlap check; fields {articles}, {refs}
    """
    problems = []

    def P(msg):
        problems.append(msg)

    def read_tsv(rel, header, comments=False):
        path = os.path.join(root, rel)
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

    # ------------------------------------------------------------ corpus
    lo, hi = chars
    corpus = sorted(glob.glob(os.path.join(root, 'corpus', '*.txt')))
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
        if not lo <= n <= hi:
            P(f'{name}: {n} characters (want {lo}-{hi})')
    if len(corpus) != n_articles:
        P(f'{len(corpus)} corpus files, expected {n_articles}')

    # 14-character overlap with the reference texts; runs are printed only for references that may be shown
    refs = list(seed_refs) + list(other_refs)
    if not seed_refs:
        print(missing_seeds)
    ref_grams = [(k, {t[i:i + 14] for i in range(len(t) - 13)}, show) for k, t, show in refs]
    for name, raw in RAW.items():
        t = raw.decode('utf-8')
        mine = {t[i:i + 14] for i in range(len(t) - 13)}
        for k, g, show in ref_grams:
            shared = mine & g
            if shared:
                P(shared_msg.format(name=name, n=len(shared), ref=k, runs=f': {sorted(shared)[:3]}' if show else ''))
    if summary:
        print(summary.format(articles=len(RAW), refs=len(refs)))

    # ------------------------------------------------------------ entities
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
            if k in dictionary_generic:
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

    # ------------------------------------------------------------ mentions
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

    # ------------------------------------------------------------ relations
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

    # ------------------------------------------------------------ uncertain
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

    # ------------------------------------------------------------ non_mentions (optional file)
    if os.path.exists(os.path.join(root, 'non_mentions.tsv')):
        nm = read_tsv('non_mentions.tsv', ['file', 'surface', 'byte_offset', 'char_offset', 'dictionary_entity', 'status', 'reason', 'context'])
        for n in nm:
            raw = RAW[n['file']]
            off = int(n['byte_offset'])
            s = n['surface'].encode('utf-8')
            if raw[off:off + len(s)] != s or len(raw[:off].decode('utf-8')) != int(n['char_offset']):
                P(f'non_mentions: offsets of {n["surface"]} in {n["file"]}')
            if n['dictionary_entity'] != '-' and n['dictionary_entity'] not in ENT:
                P(f'non_mentions: unknown id {n["dictionary_entity"]}')

    # ------------------------------------------------------------ report
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
