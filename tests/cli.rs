//! CLI tests: each test writes a tiny corpus and dictionary into a temp
//! folder, runs the `zonegraph` binary there the way a user would, and
//! compares exit code, stdout, stderr and the files written.
//!
//! A test per fixed bug keeps it fixed: closed pipe with `--json`, all-or-
//! nothing output, output file modes, I/O errors printed once, `<script/>`,
//! and a rebuild that must not read its own output.

mod common;

use std::collections::BTreeSet;

use common::{ENTITIES_TSV, Fixture, OUTPUTS, Run, edge, edge_list, node_ids};
use serde_json::{Value, json};

/// Expected pairs of strings, such as (bytes as written, surface).
type Pairs = &'static [(&'static str, &'static str)];

// ---------------------------------------------------------------------------
// The news corpus shared by several tests: one file of every format.
// ---------------------------------------------------------------------------

/// Plain text: ideographic spaces, full-width punctuation, a full-width `Ｈ`
/// inside the project name, and the zone name split by one line break.
const TXT: &str = "本报讯　记者　林晓帆　昨日上午，云帆Ｈ级燃机项目在临江经济\n开发区举行开工仪式。\n\n该项目由云帆重工投资建设，计划二〇二六年底前并网发电！\n";

/// Markdown with front matter: the title is text, the other keys are not,
/// even a key that is itself a dictionary name.
const MD: &str = "---\ntitle: \"北辰新材二期落户临开\"\nlayout: 临江经济开发区\n云帆重工: 仅作键名\ndate: 2024-06-18\n---\n# 园区动态\n\n临开今年重点培育生物医药产业，北辰新材二期厂房已经封顶。\n";

/// HTML: the title is text, the script is not; `&amp;` and `&nbsp;` decode.
const HTML: &str = "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>临开简讯</title>\n<script>var hot = [\"云帆重工\", \"临江经济开发区\"];</script></head>\n<body><h1>园区快讯</h1>\n<p>北辰新材&amp;临开&nbsp;联合发布生物医药年度报告。</p>\n</body></html>\n";

/// JSONL: a string id and a numeric id; the second text has `\u` escapes,
/// so offsets into the decoded text differ from offsets into the line.
const JSONL: &str = concat!(
    r#"{"id":"n-101","title":"临开快讯","text":"临开发布生物医药产业扶持办法。\n\n北辰新材表示将追加投资。"}"#,
    "\n",
    r#"{"id":202,"text":"\u4e91\u5e06\u91cd\u5de5与北辰新材签署战略合作协议；双方将在临江开发区共建联合实验室。"}"#,
    "\n",
);

fn news_corpus(fx: &Fixture) {
    fx.write("corpus/a.txt", TXT);
    fx.write("corpus/sub/b.md", MD);
    fx.write("corpus/c.html", HTML);
    fx.write("corpus/d.jsonl", JSONL);
}

/// The bytes a mention's offsets point into: the file, or the decoded `text`
/// of the JSONL document with that id.
fn original(fx: &Fixture, doc: &str) -> Vec<u8> {
    let path = fx.path(&format!("corpus/{doc}"));
    if path.is_file() {
        return fx.read(&format!("corpus/{doc}"));
    }
    for line in JSONL.lines() {
        let v: Value = serde_json::from_str(line).expect("fixture JSONL");
        let id = match &v["id"] {
            Value::String(s) => s.clone(),
            other => other.to_string(),
        };
        if id == doc {
            return v["text"].as_str().expect("text").as_bytes().to_vec();
        }
    }
    panic!("no document {doc}");
}

// ---------------------------------------------------------------------------
// 1. Formats and offsets
// ---------------------------------------------------------------------------

#[test]
fn every_format_yields_its_mentions_with_offsets_into_the_original() {
    let fx = Fixture::with_dict();
    news_corpus(&fx);
    let run = fx.run(&["build", "corpus", "--dict", "dict", "--rules", "dict", "--out", "out"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(
        run.stderr.starts_with("zonegraph: 5 documents (4 files, "),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("→ 18 mentions, 5 nodes, 6 edges\n"),
        "{}",
        run.stderr
    );
    for file in OUTPUTS {
        assert!(
            run.stderr.contains(&format!("zonegraph: wrote out/{file}\n")),
            "{}",
            run.stderr
        );
    }

    // (document, the bytes as written, surface, entity), in output order:
    // files in sorted walk order, mentions in text order.
    let want: &[(&str, &str, &str, &str)] = &[
        ("a.txt", "云帆Ｈ级燃机项目", "云帆H级燃机项目", "project:yunfan-h"),
        ("a.txt", "临江经济\n开发区", "临江经济开发区", "zone:linjiang-edz"),
        ("a.txt", "云帆重工", "云帆重工", "company:yunfan"),
        ("c.html", "临开", "临开", "zone:linjiang-edz"),
        ("c.html", "北辰新材", "北辰新材", "company:beichen"),
        ("c.html", "临开", "临开", "zone:linjiang-edz"),
        ("c.html", "生物医药", "生物医药", "cluster:biomed"),
        ("n-101", "临开", "临开", "zone:linjiang-edz"),
        ("n-101", "生物医药产业", "生物医药产业", "cluster:biomed"),
        ("n-101", "北辰新材", "北辰新材", "company:beichen"),
        ("202", "云帆重工", "云帆重工", "company:yunfan"),
        ("202", "北辰新材", "北辰新材", "company:beichen"),
        ("202", "临江开发区", "临江开发区", "zone:linjiang-edz"),
        ("sub/b.md", "北辰新材", "北辰新材", "company:beichen"),
        ("sub/b.md", "临开", "临开", "zone:linjiang-edz"),
        ("sub/b.md", "临开", "临开", "zone:linjiang-edz"),
        ("sub/b.md", "生物医药产业", "生物医药产业", "cluster:biomed"),
        ("sub/b.md", "北辰新材", "北辰新材", "company:beichen"),
    ];
    let mentions = fx.mentions("out");
    let got: Vec<(&str, &str, &str)> = mentions
        .iter()
        .map(|m| {
            (
                m["doc"].as_str().unwrap(),
                m["surface"].as_str().unwrap(),
                m["entity"].as_str().unwrap(),
            )
        })
        .collect();
    let expected: Vec<(&str, &str, &str)> = want.iter().map(|w| (w.0, w.2, w.3)).collect();
    assert_eq!(got, expected);

    for (m, (doc, written, ..)) in mentions.iter().zip(want) {
        let (start, end) = (
            m["start"].as_u64().unwrap() as usize,
            m["end"].as_u64().unwrap() as usize,
        );
        let bytes = original(&fx, doc);
        assert_eq!(String::from_utf8_lossy(&bytes[start..end]), *written, "offsets of {m}");
    }

    // The JSONL offsets index into the decoded text, not into the line.
    let first_202 = &mentions[10];
    assert_eq!((&first_202["start"], &first_202["end"]), (&json!(0), &json!(12)));

    // Nothing inside the <script> element, or in front matter outside the
    // title line, was matched.
    let script_start = HTML.find("<script>").unwrap();
    let script_end = HTML.find("</script>").unwrap();
    let title_line = MD.find("title:").unwrap()..MD.find("layout:").unwrap();
    let body_start = MD.find("# 园区动态").unwrap();
    for m in &mentions {
        let start = m["start"].as_u64().unwrap() as usize;
        match m["doc"].as_str().unwrap() {
            "c.html" => assert!(!(script_start..script_end).contains(&start), "{m}"),
            "sub/b.md" => assert!(title_line.contains(&start) || start >= body_start, "{m}"),
            _ => {}
        }
    }

    // Corpus metadata: bytes are what offsets point into, so a JSONL
    // document counts the length of its decoded text.
    let jsonl_text: usize = ["n-101", "202"].iter().map(|id| original(&fx, id).len()).sum();
    let bytes = TXT.len() + MD.len() + HTML.len() + jsonl_text;
    let graph = fx.graph("out");
    assert_eq!(
        graph["graph"]["corpus"],
        json!({"inputs": ["corpus"], "files": 4, "documents": 5, "bytes": bytes, "reposts_folded": 0, "outside_dates": 0, "decoded": {}})
    );
    assert_eq!(graph["graph"]["mentions"], json!(18));
    assert_eq!(graph["graph"]["problems"], json!(0));
}

#[test]
fn markup_in_and_around_names() {
    // (file, contents, expected (bytes as written, surface) of each mention)
    let cases: &[(&str, &str, Pairs)] = &[
        (
            "link.md",
            "详见[临开官网](https://example.com/临江经济开发区)的公告。\n",
            &[("临开", "临开")],
        ),
        (
            "soft.md",
            "# 动态\n\n项目落户临江经济\n开发区。\n",
            &[("临江经济\n开发区", "临江经济开发区")],
        ),
        (
            "list.md",
            "- 北辰新材：二期入驻\n- `云帆重工`：扩产\n",
            &[("北辰新材", "北辰新材"), ("云帆重工", "云帆重工")],
        ),
        (
            "entity.html",
            "<p>临&#x6C5F;经济开发区与北辰&#26032;材签约</p>",
            &[
                ("临&#x6C5F;经济开发区", "临江经济开发区"),
                ("北辰&#26032;材", "北辰新材"),
            ],
        ),
        (
            "inline.html",
            "<p>北辰<b>新材</b>签约</p>",
            &[("北辰<b>新材", "北辰新材")],
        ),
        // A block break splits the name.
        ("br.html", "<p>临江经济<br>开发区</p>", &[]),
        (
            "style.html",
            "<style>.临开 { color: red }</style><noscript>云帆重工</noscript><p>北辰新材</p>",
            &[("北辰新材", "北辰新材")],
        ),
        (
            "comment.html",
            "<!-- 云帆重工 --><p title=\"临开\">北辰新材</p>",
            &[("北辰新材", "北辰新材")],
        ),
        // A .txt that holds HTML paragraphs is read as HTML.
        (
            "scraped.txt",
            "<p>临开发布公告</p><script>var a = \"云帆重工\";</script>",
            &[("临开", "临开")],
        ),
        // A .txt that opens with front matter: only the title is text.
        (
            "front.txt",
            "---\ntitle: 临开简报\nsource: 云帆重工\n---\n北辰新材投产。\n",
            &[("临开", "临开"), ("北辰新材", "北辰新材")],
        ),
        (
            "crlf.txt",
            "\u{feff}本报讯 临江经济\r\n开发区迎来云帆Ｈ级燃机项目。\r\n",
            &[
                ("临江经济\r\n开发区", "临江经济开发区"),
                ("云帆Ｈ级燃机项目", "云帆H级燃机项目"),
            ],
        ),
        // ASCII case is folded for matching; the surface keeps the writer's case.
        (
            "case.txt",
            "云帆h级燃机项目进展顺利。",
            &[("云帆h级燃机项目", "云帆h级燃机项目")],
        ),
    ];
    for (file, contents, want) in cases {
        let fx = Fixture::with_dict();
        fx.write(&format!("corpus/{file}"), contents);
        fx.build_ok(&["corpus"], "out");
        let got: Vec<(String, String)> = fx
            .mentions("out")
            .iter()
            .map(|m| {
                let (start, end) = (
                    m["start"].as_u64().unwrap() as usize,
                    m["end"].as_u64().unwrap() as usize,
                );
                (
                    String::from_utf8_lossy(&contents.as_bytes()[start..end]).into_owned(),
                    m["surface"].as_str().unwrap().to_string(),
                )
            })
            .collect();
        let want: Vec<(String, String)> = want.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect();
        assert_eq!(got, want, "{file}");
    }
}

#[test]

fn self_closing_script_tag_still_hides_its_code() {
    let fx = Fixture::with_dict();
    // Browsers read `<script ... />` as an open script element: everything up
    // to `</script>` is code.
    fx.write(
        "corpus/page.html",
        "<p>北辰新材签约</p><script src=\"a.js\" />var hot = \"云帆重工\";</script><p>临开发布</p>",
    );
    fx.build_ok(&["corpus"], "out");
    let surfaces: Vec<Value> = fx.mentions("out").iter().map(|m| m["surface"].clone()).collect();
    assert_eq!(surfaces, [json!("北辰新材"), json!("临开")]);
}

#[test]
fn document_ids_follow_the_input_argument() {
    // (inputs, document ids in mentions.jsonl, in order)
    let cases: &[(&[&str], &[&str])] = &[
        (&["corpus"], &["a.txt", "c.html", "n-101", "202", "sub/b.md"]),
        (&["corpus/sub"], &["b.md"]),
        (&["corpus/sub/b.md"], &["b.md"]),
        (&["corpus/d.jsonl"], &["n-101", "202"]),
        // Inputs are read in sorted order, whatever order they are given in.
        (&["corpus/c.html", "corpus/a.txt"], &["a.txt", "c.html"]),
    ];
    let fx = Fixture::with_dict();
    news_corpus(&fx);
    for (inputs, want) in cases {
        fx.build_ok(inputs, "out");
        let mut docs: Vec<String> = Vec::new();
        for m in fx.mentions("out") {
            let doc = m["doc"].as_str().unwrap().to_string();
            if docs.last() != Some(&doc) {
                docs.push(doc);
            }
        }
        assert_eq!(docs, *want, "inputs {inputs:?}");
    }
}

#[test]
fn jsonl_from_standard_input() {
    let fx = Fixture::with_dict();
    let stdin = "{\"id\":\"in-1\",\"text\":\"临开与云帆重工签约。\"}\n";
    let run = fx.run_with_stdin(&["build", "-", "--dict", "dict", "--out", "out", "-q"], stdin);
    assert_eq!((run.code, run.stderr.as_str()), (0, ""));
    let got: Vec<(String, u64, u64)> = fx
        .mentions("out")
        .iter()
        .map(|m| {
            (
                m["doc"].as_str().unwrap().to_string(),
                m["start"].as_u64().unwrap(),
                m["end"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(got, vec![("in-1".to_string(), 0, 6), ("in-1".to_string(), 9, 21)]);
}

// ---------------------------------------------------------------------------
// 2. Leftmost-longest
// ---------------------------------------------------------------------------

#[test]
fn leftmost_longest_matching() {
    // (dictionary rows, text, expected (surface, entity) mentions)
    let cases: &[(&str, &str, Pairs)] = &[
        (
            "cluster:ip\tcluster\t知识产权\t\t\norg:ipa\torganization\t国家知识产权局\t\t\n",
            "国家知识产权",
            &[("知识产权", "cluster:ip")],
        ),
        (
            "cluster:ip\tcluster\t知识产权\t\t\norg:ipa\torganization\t国家知识产权局\t\t\n",
            "国家知识产权局发布新规。",
            &[("国家知识产权局", "org:ipa")],
        ),
        (
            "company:yunfan\tcompany\t云帆重工\t\t\nproject:wind\tproject\t云帆重工海上风电项目\t\t\n",
            "云帆重工海上风电项目正式开工。",
            &[("云帆重工海上风电项目", "project:wind")],
        ),
        (
            "company:yunfan\tcompany\t云帆重工\t\t\nproject:wind\tproject\t云帆重工海上风电项目\t\t\n",
            "云帆重工宣布云帆重工海上风电项目开工。",
            &[("云帆重工", "company:yunfan"), ("云帆重工海上风电项目", "project:wind")],
        ),
        // An industry's attached-suffix forms are matched though the row
        // does not list them: the whole term is the mention.
        (
            "cluster:biomed\tcluster\t生物医药\t生物医药产业\t\n",
            "发展生物医药产业集群和生物医药集群。",
            &[
                ("生物医药产业集群", "cluster:biomed"),
                ("生物医药集群", "cluster:biomed"),
            ],
        ),
    ];
    for (rows, text, want) in cases {
        let fx = Fixture::new();
        fx.write("dict/e.tsv", format!("id\ttype\tname\taliases\tattributes\n{rows}"));
        fx.write("corpus/t.txt", text);
        fx.build_ok(&["corpus"], "out");
        let got: Vec<(String, String)> = fx
            .mentions("out")
            .iter()
            .map(|m| {
                (
                    m["surface"].as_str().unwrap().to_string(),
                    m["entity"].as_str().unwrap().to_string(),
                )
            })
            .collect();
        let want: Vec<(String, String)> = want.iter().map(|(s, e)| (s.to_string(), e.to_string())).collect();
        assert_eq!(got, want, "text {text:?}");
    }
}

// ---------------------------------------------------------------------------
// 3. Co-occurrence
// ---------------------------------------------------------------------------

#[test]
fn cooccurrence_is_per_sentence() {
    // (text, whether 云帆重工 and 北辰新材 get a co_occurs edge)
    let cases: &[(&str, bool)] = &[
        ("云帆重工与北辰新材签署合作协议。", true),
        ("云帆重工完成签约。北辰新材随后到访。", false),
        ("云帆重工完成签约！北辰新材随后到访。", false),
        ("云帆重工是否扩产？北辰新材尚未回应。", false),
        ("云帆重工负责总装；北辰新材提供材料。", false),
        ("云帆重工负责总装;北辰新材提供材料。", false),
        ("云帆重工举行发布会\n\n北辰新材派员参加", false),
        ("云帆重工举行发布会\r\n\r\n北辰新材派员参加", false),
        // One line break inside a sentence does not end it.
        ("云帆重工与\n北辰新材签订协议。", true),
        ("云帆重工，北辰新材，两家企业同日开工。", true),
    ];
    for (text, want) in cases {
        let fx = Fixture::with_dict();
        fx.write("corpus/t.txt", text);
        fx.build_ok(&["corpus"], "out");
        let graph = fx.graph("out");
        let found = edge(&graph, "company:beichen", "co_occurs", "company:yunfan");
        assert_eq!(found.is_some(), *want, "text {text:?}: {graph}");
        assert_eq!(fx.mentions("out").len(), 2, "text {text:?}");
    }
}

#[test]
fn cooccurrence_edge_counts_sentences_and_keeps_evidence() {
    let fx = Fixture::with_dict();
    // Two sentences in one file (the second names 云帆重工 twice, which
    // counts once), one in another, and one sentence naming only one of them.
    let one = "云帆重工与北辰新材共建中试基地。云帆重工还邀请北辰新材和云帆重工的老客户参观。\n\n北辰新材另有安排。";
    let two = "据悉，北辰新材为云帆重工供应复合材料。";
    fx.write("corpus/one.txt", one);
    fx.write("corpus/two.txt", two);
    fx.build_ok(&["corpus"], "out");
    let graph = fx.graph("out");
    let e = edge(&graph, "company:beichen", "co_occurs", "company:yunfan").expect("edge");
    assert_eq!(e["origin"], "cooccurrence");
    assert_eq!(e["weight"], json!(3.0));
    assert_eq!(e["count"], json!(3));
    assert_eq!(e["docs"], json!(["one.txt", "two.txt"]));
    let sentences = [
        ("one.txt", "云帆重工与北辰新材共建中试基地。"),
        ("one.txt", "云帆重工还邀请北辰新材和云帆重工的老客户参观。"),
        ("two.txt", "据悉，北辰新材为云帆重工供应复合材料。"),
    ];
    let evidence = e["evidence"].as_array().unwrap();
    assert_eq!(evidence.len(), 3);
    for (ev, (doc, sentence)) in evidence.iter().zip(sentences) {
        assert_eq!(ev["doc"], doc);
        let bytes = fx.read(&format!("corpus/{doc}"));
        let (start, end) = (
            ev["start"].as_u64().unwrap() as usize,
            ev["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(String::from_utf8_lossy(&bytes[start..end]), sentence);
        // Evidence text is the normalised sentence: full-width comma folded.
        assert_eq!(ev["text"], sentence.replace('，', ","));
    }

    // --max-evidence keeps fewer sentences but the same weight.
    let run = fx.build(&["corpus"], "few", &["--max-evidence", "1"]);
    assert_eq!(run.code, 0, "{run:?}");
    let graph = fx.graph("few");
    let e = edge(&graph, "company:beichen", "co_occurs", "company:yunfan").expect("edge");
    assert_eq!(e["weight"], json!(3.0));
    assert_eq!(e["evidence"].as_array().unwrap().len(), 1);
    assert_eq!(graph["graph"]["options"]["max_evidence"], json!(1));
}

// ---------------------------------------------------------------------------
// 4. Declared relations
// ---------------------------------------------------------------------------

#[test]
fn declared_relations_join_when_one_end_is_mentioned() {
    let fx = Fixture::with_dict();
    // A relation between two entities the corpus never names stays out.
    fx.write(
        "dict/more.tsv",
        "head\trelation\ttail\tconfidence\nzone:linjiang-edz\tfocuses_on\tcluster:biomed\t0.8\n",
    );
    fx.write("corpus/t.txt", "云帆重工发布年报。");
    fx.build_ok(&["corpus"], "out");
    let graph = fx.graph("out");
    assert_eq!(node_ids(&graph), ["company:yunfan", "project:yunfan-h"]);
    let e = edge(&graph, "company:yunfan", "owns", "project:yunfan-h").expect("owns edge");
    assert_eq!(e["origin"], "dictionary");
    assert_eq!(e["confidence"], json!(1.0));
    assert_eq!(e["evidence"], json!([]));
    assert_eq!(edge_list(&graph).len(), 1);
    let project = &graph["nodes"][1];
    assert_eq!(
        (&project["mention_count"], &project["doc_count"]),
        (&json!(0), &json!(0))
    );
    assert_eq!(project["attributes"]["investment_cny"], json!(4_000_000_000_u64));

    // Once the zone is named, the declared focuses_on edge appears with its confidence.
    fx.write("corpus/u.txt", "临开发布年度报告。");
    fx.build_ok(&["corpus"], "out");
    let graph = fx.graph("out");
    let e = edge(&graph, "zone:linjiang-edz", "focuses_on", "cluster:biomed").expect("edge");
    assert_eq!((&e["origin"], &e["confidence"]), (&json!("dictionary"), &json!(0.8)));
}

// ---------------------------------------------------------------------------
// 5. Bad input
// ---------------------------------------------------------------------------

#[test]
fn malformed_jsonl_line_is_named_and_skipped() {
    let fx = Fixture::with_dict();
    fx.write(
        "corpus/news.jsonl",
        "{\"id\":\"g1\",\"text\":\"临开引进北辰新材。\"}\n{\"id\": \"g2\", \"text\": 临开}\n{\"id\":\"g3\",\"text\":\"云帆重工在临开扩产。\"}\n{\"id\":\"g4\"}\n",
    );
    let run = fx.build(&["corpus"], "out", &[]);
    assert_eq!(run.code, 1, "{run:?}");
    let lines: Vec<&str> = run.stderr.lines().collect();
    assert_eq!(lines.len(), 3, "{}", run.stderr);
    assert!(
        lines[0].starts_with("zonegraph: warning: corpus/news.jsonl:2: malformed JSONL line"),
        "{}",
        lines[0]
    );
    assert_eq!(
        lines[1],
        "zonegraph: warning: corpus/news.jsonl:4: JSONL document \"g4\" has no \"text\"; line skipped"
    );
    assert_eq!(lines[2], "zonegraph: 2 problems in the input; the rest was processed");
    let docs: Vec<Value> = fx.mentions("out").iter().map(|m| m["doc"].clone()).collect();
    assert_eq!(docs, [json!("g1"), json!("g1"), json!("g3"), json!("g3")]);
    assert_eq!(fx.graph("out")["graph"]["problems"], json!(2));
}

#[test]
fn non_utf8_file_is_decoded_and_named() {
    // A GBK file without any hint: detected, decoded, and named on stderr.
    let fx = Fixture::with_dict();
    let (gbk, _, _) = encoding_rs::GBK.encode("临开新闻。云帆重工入驻临开。");
    fx.write("corpus/gbk.txt", &gbk);
    fx.write("corpus/ok.txt", "云帆重工入驻临开。");
    let run = fx.run(&["build", "corpus", "--dict", "dict", "--rules", "dict", "--out", "out"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(
        run.stderr.contains("zonegraph: corpus/gbk.txt: decoded from GBK\n"),
        "{}",
        run.stderr
    );
    let docs: BTreeSet<String> = fx
        .mentions("out")
        .iter()
        .map(|m| m["doc"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(docs, BTreeSet::from(["gbk.txt".to_string(), "ok.txt".to_string()]));
    // Forced to UTF-8, the same file is named with line and byte, and skipped.
    let run = fx.build(&["corpus"], "forced", &["--encoding", "utf-8"]);
    assert_eq!(run.code, 1, "{run:?}");
    assert!(
        run.stderr
            .starts_with("zonegraph: warning: corpus/gbk.txt:1 (byte 0): not valid UTF-8; file skipped"),
        "{}",
        run.stderr
    );
}

#[test]
fn duplicate_document_ids_are_skipped_with_a_warning() {
    let fx = Fixture::with_dict();
    fx.write("corpus/x/同名.txt", "临开发布公告。");
    fx.write("corpus/y/同名.txt", "云帆重工发布公告。");
    let run = fx.build(&["corpus/x/同名.txt", "corpus/y/同名.txt"], "out", &[]);
    assert_eq!(run.code, 1);
    assert_eq!(
        run.stderr,
        "zonegraph: warning: corpus/y/同名.txt: duplicate document id \"同名.txt\"; document skipped\n\
         zonegraph: 1 problem in the input; the rest was processed\n"
    );
    let entities: Vec<Value> = fx.mentions("out").iter().map(|m| m["entity"].clone()).collect();
    assert_eq!(entities, [json!("zone:linjiang-edz")]);
}

#[test]
fn fatal_errors_exit_2_with_a_clear_message() {
    // (arguments, exact stderr)
    let cases: &[(&[&str], &str)] = &[
        (
            &["build", "nowhere", "--dict", "dict", "--out", "out"],
            "zonegraph: error: nowhere: no such file or folder\n",
        ),
        (
            &["build", "corpus", "--dict", "no-dict", "--out", "out"],
            "zonegraph: error: loading dictionaries and rules: no-dict: no such file or folder\n",
        ),
        (
            &["dict", "check", "--dict", "no-dict"],
            "zonegraph: error: no-dict: no such file or folder\n",
        ),
        (
            &["dict", "check", "--dict", "dict", "--corpus", "nowhere"],
            "zonegraph: error: nowhere: no such file or folder\n",
        ),
    ];
    let fx = Fixture::with_dict();
    fx.write("corpus/t.txt", "临开。");
    for (args, want) in cases {
        let run = fx.run(args);
        assert_eq!(
            (run.code, run.stdout.as_str(), run.stderr.as_str()),
            (2, "", *want),
            "args {args:?}"
        );
        assert!(fx.entries("out").is_empty(), "args {args:?}");
    }
}

#[test]
fn bad_dictionary_rows_are_named_and_the_rest_loads() {
    let fx = Fixture::new();
    fx.write(
        "dict/e.tsv",
        "# 注释行\n\
         id\ttype\tname\taliases\tattributes\n\
         zone:linjiang-edz\tzone\t临江经济开发区\t临开\t\n\
         company:bad\tCompany\t错误类型公司\t\t\n\
         company:yunfan\tcompany\t云帆重工\t\t不是键值\n\
         company:beichen\tcompany\t北辰新材\t\t\n\
         company:short\tcompany\n",
    );
    fx.write(
        "dict/r.tsv",
        "head\trelation\ttail\nzone:linjiang-edz\tlocated_in\tregion:nowhere\n",
    );
    fx.write("corpus/t.txt", "北辰新材与云帆重工落户临开。");
    let run = fx.build(&["corpus"], "out", &[]);
    assert_eq!(run.code, 1, "{run:?}");
    assert_eq!(
        run.stderr,
        "zonegraph: warning: dict/e.tsv:4: bad type \"Company\": one lowercase word expected\n\
         zonegraph: warning: dict/e.tsv:5: malformed attribute \"不是键值\": key=value expected\n\
         zonegraph: warning: dict/e.tsv:7: expected at least 3 columns (id, type, name), found 2\n\
         zonegraph: warning: dict/r.tsv:2: unknown id region:nowhere in relation; row skipped\n\
         zonegraph: 4 problems in the input; the rest was processed\n"
    );
    let entities: Vec<Value> = fx.mentions("out").iter().map(|m| m["entity"].clone()).collect();
    assert_eq!(entities, [json!("company:beichen"), json!("zone:linjiang-edz")]);
}

#[test]
fn spreadsheet_dictionary_with_bom_crlf_quotes_and_a_duplicate_id() {
    let fx = Fixture::new();
    // Saved by a spreadsheet: a BOM, CRLF line ends, a quoted field, a stray
    // quote inside a name, and the same id twice.
    fx.write(
        "dict/e.tsv",
        "\u{feff}id\ttype\tname\taliases\tattributes\r\n\
         zone:linjiang-edz\tzone\t临江经济开发区\t\"临开\"\t\r\n\
         company:yunfan\tcompany\t云帆\"重工\t云帆\t\r\n\
         company:yunfan\tcompany\t云帆重工集团\t\t\r\n\
         company:beichen\tcompany\t北辰新材\t\t\r\n",
    );
    fx.write("corpus/t.txt", "北辰新材与云帆落户临开。");
    let run = fx.build(&["corpus"], "out", &[]);
    assert_eq!(run.code, 1, "{run:?}");
    assert!(
        run.stderr.contains("dict/e.tsv:4:"),
        "the duplicate is named with its line: {}",
        run.stderr
    );
    assert!(run.stderr.contains("company:yunfan"), "{}", run.stderr);
    let mut entities: Vec<String> = fx
        .mentions("out")
        .iter()
        .map(|m| m["entity"].as_str().expect("entity").to_string())
        .collect();
    entities.sort();
    assert_eq!(entities, ["company:beichen", "company:yunfan", "zone:linjiang-edz"]);
    // A header that is not one: named, with its line.
    fx.write("bad/e.tsv", "\u{feff}名称\t类型\r\n临开\tzone\r\n");
    let run = fx.run(&["build", "corpus", "--dict", "bad", "--out", "out2", "-q"]);
    assert_ne!(run.code, 0, "{run:?}");
    assert!(run.stderr.contains("bad/e.tsv:1"), "{}", run.stderr);
}

#[test]
fn strict_makes_bad_input_fatal_and_writes_nothing() {
    // (bad file added to a good setup, its contents, stderr must start with)
    let cases: &[(&str, &[u8], &str)] = &[
        (
            "corpus/bad.jsonl",
            b"{\"id\":\"s1\",\"text\":\"\xe4\xb8\xb4\xe5\xbc\x80\"}\n{oops\n",
            "zonegraph: error: corpus/bad.jsonl:2: malformed JSONL line",
        ),
        (
            "corpus/bad.txt",
            b"\x7fELF\x02\x01\x00\x00binary",
            "zonegraph: error: corpus/bad.txt: binary file (NUL bytes); skipped",
        ),
        (
            "dict/bad.tsv",
            b"id\ttype\tname\taliases\tattributes\nzone:x\tzone\t\t\t\n",
            "zonegraph: error: dict/bad.tsv:2: entity zone:x has an empty name",
        ),
    ];
    for (path, contents, want) in cases {
        let fx = Fixture::with_dict();
        fx.write("corpus/ok.txt", "云帆重工落户临开。");
        // Without --strict the same input is a warning and exit 1.
        fx.write(path, contents);
        let run = fx.build(&["corpus"], "lenient", &[]);
        assert_eq!(run.code, 1, "{path}: {run:?}");
        // A previous good build stays as it was.
        fx.write("out/graph.json", "previous\n");
        let run = fx.build(&["corpus"], "out", &["--strict"]);
        assert_eq!(run.code, 2, "{path}: {run:?}");
        assert!(run.stderr.starts_with(want), "{path}: {}", run.stderr);
        assert_eq!(run.stderr.lines().count(), 1, "{}", run.stderr);
        assert_eq!(fx.entries("out"), ["graph.json"], "{path}");
        assert_eq!(fx.read_string("out/graph.json"), "previous\n");
    }
}

#[test]
fn empty_corpus_gives_an_empty_valid_graph() {
    let fx = Fixture::with_dict();
    std::fs::create_dir_all(fx.path("corpus")).unwrap();
    let run = fx.run(&["build", "corpus", "--dict", "dict", "--out", "out"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(
        run.stderr
            .starts_with("zonegraph: 0 documents (0 files, 0 bytes) → 0 mentions, 0 nodes, 0 edges\n"),
        "{}",
        run.stderr
    );
    let graph = fx.graph("out");
    assert_eq!(graph["nodes"], json!([]));
    assert_eq!(graph["edges"], json!([]));
    assert_eq!(graph["graph"]["format_version"], json!(1));
    assert_eq!(fx.read_string("out/mentions.jsonl"), "");
    assert!(fx.read_string("out/graph.graphml").contains("<graph id=\"zonegraph\""));
    assert!(fx.read_string("out/graph.dot").starts_with("digraph {"));
    let run = fx.run(&["stats", "--graph", "out/graph.json"]);
    assert_eq!(run.code, 0);
    assert!(
        run.stdout
            .starts_with("0 nodes, 0 edges, from 0 documents and 0 mentions\n")
    );
}

// ---------------------------------------------------------------------------
// 6. Atomic output
// ---------------------------------------------------------------------------

#[test]
fn out_path_that_is_a_file_is_fatal_and_leaves_nothing() {
    let fx = Fixture::with_dict();
    news_corpus(&fx);
    fx.write("target.txt", "用户自己的文件\n");
    let run = fx.build(&["corpus"], "target.txt", &[]);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(
        run.stderr
            .starts_with("zonegraph: error: --out target.txt is not a folder"),
        "{}",
        run.stderr
    );
    assert_eq!(fx.read_string("target.txt"), "用户自己的文件\n");
    assert_eq!(fx.entries("."), ["corpus", "dict", "target.txt"]);
}

#[test]
fn successful_build_leaves_no_temporary_files() {
    let fx = Fixture::with_dict();
    news_corpus(&fx);
    fx.write("out/graph.json", "stale\n");
    fx.build_ok(&["corpus"], "out");
    assert_eq!(fx.temp_files("out"), Vec::<String>::new());
    let mut want = OUTPUTS.to_vec();
    want.sort();
    assert_eq!(fx.entries("out"), want);
    assert_eq!(fx.graph("out")["graph"]["tool"], "zonegraph");
}

#[test]

fn failed_build_replaces_no_output() {
    let fx = Fixture::with_dict();
    news_corpus(&fx);
    fx.write("out/graph.json", "previous\n");
    // graph.dot cannot be renamed into place: a folder of that name is in the way.
    fx.write("out/graph.dot/keep.txt", "x");
    let run = fx.build(&["corpus"], "out", &[]);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(run.stderr.contains("out/graph.dot"), "{}", run.stderr);
    assert_eq!(fx.temp_files("out"), Vec::<String>::new());
    // All of them appear, or none: the previous graph.json is still there.
    assert!(
        fx.read_string("out/graph.json") == "previous\n",
        "the failed run replaced graph.json"
    );
    assert_eq!(fx.entries("out"), ["graph.dot", "graph.json"]);
}

/// An unreadable file, as root too: a link to /proc/self/mem opens as a
/// regular file and fails every read at offset 0 with EIO (permission bits
/// do not stop root, and CI runs as root).
#[cfg(target_os = "linux")]
#[test]
fn unreadable_file_is_named_and_the_rest_is_read() {
    let fx = Fixture::with_dict();
    fx.write("corpus/a.txt", "临开与云帆重工签约。");
    std::os::unix::fs::symlink("/proc/self/mem", fx.path("corpus/b.txt")).expect("symlink");
    let run = fx.build(&["corpus"], "out", &[]);
    assert_eq!(run.code, 1, "{run:?}");
    assert!(
        run.stderr.contains("corpus/b.txt: cannot read: Input/output error"),
        "{}",
        run.stderr
    );
    assert_eq!(fx.graph("out")["graph"]["corpus"]["documents"], serde_json::json!(1));
}

/// A full disk, simulated: the process may write files of at most 64 KiB
/// (RLIMIT_FSIZE, with SIGXFSZ ignored so that the write fails with EFBIG
/// instead of killing the process), as a nearly full disk would fail a write.
#[cfg(target_os = "linux")]
#[test]
fn full_disk_is_fatal_names_the_file_and_replaces_nothing() {
    use std::os::unix::process::CommandExt;
    let fx = Fixture::with_dict();
    // Enough text that graph.json and the other outputs pass 64 KiB.
    let text: String = (0..400)
        .map(|i| format!("第{i}条：临开与云帆重工签约，北辰新材落户临江开发区。\n"))
        .collect();
    fx.write("corpus/big.txt", text);
    fx.write("out/graph.json", "previous\n");
    let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin("zonegraph"));
    cmd.current_dir(fx.root()).args([
        "build", "corpus", "--dict", "dict", "--rules", "dict", "--out", "out", "-q",
    ]);
    // SAFETY: only async-signal-safe calls between fork and exec.
    unsafe {
        cmd.pre_exec(|| {
            libc::signal(libc::SIGXFSZ, libc::SIG_IGN);
            let limit = libc::rlimit {
                rlim_cur: 64 << 10,
                rlim_max: 64 << 10,
            };
            if libc::setrlimit(libc::RLIMIT_FSIZE, &limit) != 0 {
                return Err(std::io::Error::last_os_error());
            }
            Ok(())
        });
    }
    let out = cmd.output().expect("run zonegraph");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("File too large"), "{stderr}");
    assert!(stderr.contains("out/"), "the message names the file: {stderr}");
    assert_eq!(stderr.lines().count(), 1, "one message: {stderr}");
    assert_eq!(fx.temp_files("out"), Vec::<String>::new());
    assert_eq!(fx.entries("out"), ["graph.json"]);
    assert_eq!(fx.read_string("out/graph.json"), "previous\n");
}

#[cfg(unix)]
#[test]

fn output_files_get_the_permissions_of_a_normal_file() {
    use std::os::unix::fs::PermissionsExt;
    let fx = Fixture::with_dict();
    news_corpus(&fx);
    fx.build_ok(&["corpus"], "out");
    // A file written the usual way gets 0666 minus the umask.
    let reference = fx.write("reference.txt", "x");
    let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    let want = mode(&reference);
    for file in OUTPUTS {
        let got = mode(&fx.path(&format!("out/{file}")));
        assert_eq!(got, want, "{file}: mode {got:o}, expected {want:o}");
    }
}

// ---------------------------------------------------------------------------
// 7. Determinism
// ---------------------------------------------------------------------------

#[test]
fn same_input_gives_the_same_bytes() {
    let fx = Fixture::with_dict();
    news_corpus(&fx);
    fx.build_ok(&["corpus"], "first");
    fx.build_ok(&["corpus"], "second");
    fx.assert_same_outputs("first", "second", "between two builds");
    // The exports agree with each other on what the graph holds.
    let graph = fx.graph("first");
    let ids = node_ids(&graph);
    let graphml = fx.read_string("first/graph.graphml");
    let dot = fx.read_string("first/graph.dot");
    assert_eq!(graphml.matches("<node id=").count(), ids.len());
    assert_eq!(graphml.matches("<edge id=").count(), edge_list(&graph).len());
    for id in &ids {
        assert!(graphml.contains(&format!("<node id=\"{id}\">")), "{id}");
        assert!(dot.contains(&format!("\"{id}\" [label=")), "{id}");
    }
    assert!(dot.contains("fontname=\"Noto Sans CJK SC\""));
    // The command line's input order is kept (inputs are not sorted), so only
    // the same order is expected to give the same bytes.
}

#[test]

fn rebuilding_with_the_output_inside_the_corpus_is_stable() {
    // `zonegraph build .` with the default `--out out` puts the output inside
    // the input folder.
    let fx = Fixture::with_dict();
    news_corpus(&fx);
    fx.build_ok(&["corpus"], "corpus/out");
    let first = fx.read("corpus/out/mentions.jsonl");
    let run = fx.build(&["corpus"], "corpus/out", &[]);
    assert_eq!((run.code, run.stderr.as_str()), (0, ""));
    assert!(
        fx.read("corpus/out/mentions.jsonl") == first,
        "the second build differs from the first"
    );
}

// ---------------------------------------------------------------------------
// 8. Queries
// ---------------------------------------------------------------------------

/// The news corpus, built into `out/`.
fn built_news() -> Fixture {
    let fx = Fixture::with_dict();
    news_corpus(&fx);
    fx.build_ok(&["corpus"], "out");
    fx
}

#[test]
fn news_graph_has_the_expected_edges() {
    let fx = built_news();
    let graph = fx.graph("out");
    assert_eq!(
        node_ids(&graph),
        [
            "cluster:biomed",
            "company:beichen",
            "company:yunfan",
            "project:yunfan-h",
            "zone:linjiang-edz"
        ]
    );
    let s = |x: &str| x.to_string();
    assert_eq!(
        edge_list(&graph),
        [
            (s("cluster:biomed"), s("co_occurs"), s("company:beichen"), 2.0),
            (s("cluster:biomed"), s("co_occurs"), s("zone:linjiang-edz"), 3.0),
            (s("company:beichen"), s("co_occurs"), s("company:yunfan"), 1.0),
            (s("company:beichen"), s("co_occurs"), s("zone:linjiang-edz"), 3.0),
            (s("company:yunfan"), s("owns"), s("project:yunfan-h"), 1.0),
            (s("project:yunfan-h"), s("co_occurs"), s("zone:linjiang-edz"), 1.0),
        ]
    );
    let e = edge(&graph, "company:beichen", "co_occurs", "zone:linjiang-edz").unwrap();
    assert_eq!(e["docs"], json!(["c.html", "sub/b.md"]));
}

#[test]
fn neighbors_resolves_name_alias_and_id() {
    let fx = built_news();
    let header = "临江经济开发区 (zone:linjiang-edz, zone): 3 neighbours\n";
    for query in ["临江经济开发区", "临开", "临江开发区", "zone:linjiang-edz"] {
        let run = fx.run(&["neighbors", query, "--graph", "out/graph.json"]);
        assert_eq!((run.code, run.stderr.as_str()), (0, ""), "{query}");
        assert!(run.stdout.starts_with(header), "{query}: {}", run.stdout);
    }
    // Full-width and case variants resolve after normalisation.
    for query in ["云帆Ｈ级燃机项目", "云帆h级燃机项目"] {
        let run = fx.run(&["neighbors", query, "--graph", "out/graph.json"]);
        assert_eq!(run.code, 0, "{query}");
        assert!(
            run.stdout
                .starts_with("云帆H级燃机项目 (project:yunfan-h, project): 2 neighbours\n"),
            "{query}: {}",
            run.stdout
        );
    }
}

/// Every neighbors and subgraph query answers the same through the query
/// cache as from graph.json alone; a missing cache is written by the first
/// query, a stale one is noted and rewritten, a damaged one is warned about.
#[test]
fn query_cache_gives_the_same_answers() {
    let fx = built_news();
    let queries: Vec<Vec<&str>> = vec![
        vec!["neighbors", "临开"],
        vec!["neighbors", "云帆重工", "--evidence"],
        vec!["neighbors", "云帆h级燃机项目", "--depth", "2", "--json"],
        vec![
            "neighbors",
            "zone:linjiang-edz",
            "--relation",
            "co_occurs",
            "--min-weight",
            "2",
            "--tsv",
        ],
        vec!["neighbors", "生物医药", "--type", "company", "--depth", "3"],
        vec!["neighbors", "临江"],
        vec!["subgraph", "临开", "--depth", "2"],
        vec!["subgraph", "北辰新材", "--relation", "co_occurs", "--format", "dot"],
    ];
    let run_all = |extra: &[&str]| -> Vec<(i32, String, String)> {
        queries
            .iter()
            .map(|q| {
                let mut args = q.clone();
                args.extend(["--graph", "out/graph.json"]);
                args.extend(extra);
                let run = fx.run(&args);
                (run.code, run.stdout, run.stderr)
            })
            .collect()
    };
    let cache = "out/graph.json.zgc";
    assert!(fx.path(cache).is_file(), "build writes the cache");
    let cached = run_all(&[]);
    let plain = run_all(&["--no-cache"]);
    assert_eq!(cached, plain);
    assert_eq!(cached[5].0, 2, "an unknown name is an error either way");
    assert!(cached[5].2.contains("closest known names"), "{}", cached[5].2);
    assert!(
        cached[..5]
            .iter()
            .all(|(code, out, err)| *code == 0 && !out.is_empty() && err.is_empty())
    );

    // No cache: the first query writes it, silently.
    std::fs::remove_file(fx.path(cache)).unwrap();
    assert_eq!(run_all(&[])[0], plain[0]);
    let written = fx.read(cache);
    assert!(!written.is_empty());
    assert_eq!(run_all(&[]), plain);

    // A changed graph.json: the cache is stale, noted, and rewritten.
    let graph = fx
        .read_string("out/graph.json")
        .replace("\"mention_count\": 1,", "\"mention_count\": 7,");
    fx.write("out/graph.json", graph);
    let run = fx.run(&["neighbors", "临开", "--graph", "out/graph.json"]);
    assert_eq!(run.code, 0);
    assert_eq!(
        run.stderr,
        "zonegraph: note: out/graph.json.zgc: out of date: graph.json changed since the cache was made; \
         reading out/graph.json instead\n"
    );
    assert_ne!(fx.read(cache), written);
    let run = fx.run(&["neighbors", "临开", "--graph", "out/graph.json"]);
    assert_eq!(run.stderr, "");

    // A damaged cache: a warning, the answer from graph.json, a new cache.
    let plain = run_all(&["--no-cache"]);
    let mut bytes = fx.read(cache);
    let mid = bytes.len() / 2;
    bytes[mid] ^= 0xff;
    fx.write(cache, &bytes);
    let run = fx.run(&["neighbors", "临开", "--graph", "out/graph.json"]);
    assert_eq!((run.code, &run.stdout), (0, &plain[0].1));
    assert!(
        run.stderr
            .starts_with("zonegraph: warning: out/graph.json.zgc: damaged query cache: checksum mismatch"),
        "{}",
        run.stderr
    );
    assert_eq!(run_all(&[]), plain);
    fx.write(cache, "garbage");
    let run = fx.run(&["subgraph", "临开", "--depth", "2", "--graph", "out/graph.json"]);
    assert_eq!((run.code, &run.stdout), (0, &plain[6].1));
    assert!(run.stderr.contains("damaged query cache"), "{}", run.stderr);
}

#[test]
fn neighbors_table() {
    let fx = built_news();
    let run = fx.run(&["neighbors", "临开", "--graph", "out/graph.json"]);
    assert_eq!(run.code, 0);
    assert_eq!(
        run.stdout,
        "临江经济开发区 (zone:linjiang-edz, zone): 3 neighbours\n\
         \n\
         depth  type     name                    relation   weight  source        id\n\
         1      cluster  生物医药                co_occurs  3       cooccurrence  cluster:biomed\n\
         1      company  北辰新材料科技有限公司  co_occurs  3       cooccurrence  company:beichen\n\
         1      project  云帆H级燃机项目         co_occurs  1       cooccurrence  project:yunfan-h\n"
    );
}

#[test]
fn neighbors_filters() {
    // (query and flags, expected neighbour ids in order)
    let cases: &[(&[&str], &[&str])] = &[
        (&["临开"], &["cluster:biomed", "company:beichen", "project:yunfan-h"]),
        (
            &["临开", "--depth", "2"],
            &[
                "cluster:biomed",
                "company:beichen",
                "project:yunfan-h",
                "company:yunfan",
            ],
        ),
        (&["临开", "--type", "company"], &["company:beichen"]),
        (
            &["临开", "--type", "company", "--depth", "2"],
            &["company:beichen", "company:yunfan"],
        ),
        (
            &["临开", "--type", "company", "--type", "project"],
            &["company:beichen", "project:yunfan-h"],
        ),
        (&["云帆重工", "--relation", "owns"], &["project:yunfan-h"]),
        (&["云帆重工", "--relation", "co_occurs"], &["company:beichen"]),
        (
            &["北辰新材", "--min-weight", "2"],
            &["zone:linjiang-edz", "cluster:biomed"],
        ),
        (&["北辰新材", "--min-weight", "3"], &["zone:linjiang-edz"]),
        (&["北辰新材", "--min-weight", "4"], &[]),
    ];
    let fx = built_news();
    for (query, want) in cases {
        let mut args = vec!["neighbors", "--graph", "out/graph.json", "--json"];
        args.extend_from_slice(query);
        let run = fx.run(&args);
        assert_eq!((run.code, run.stderr.as_str()), (0, ""), "{query:?}");
        let v: Value = serde_json::from_str(&run.stdout).expect("--json output is JSON");
        let ids: Vec<&str> = v["neighbors"]
            .as_array()
            .unwrap()
            .iter()
            .map(|n| n["id"].as_str().unwrap())
            .collect();
        assert_eq!(ids, *want, "{query:?}");
    }
}

#[test]
fn neighbors_json_describes_entity_and_hops() {
    let fx = built_news();
    let run = fx.run(&["neighbors", "云帆重工", "--json", "--graph", "out/graph.json"]);
    assert_eq!(run.code, 0);
    let v: Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(
        v["entity"],
        json!({"id": "company:yunfan", "type": "company", "label": "江苏云帆重工有限公司"})
    );
    let owns = &v["neighbors"][1];
    assert_eq!(owns["id"], "project:yunfan-h");
    assert_eq!(owns["depth"], json!(1));
    assert_eq!(
        owns["via"],
        json!([{
            "source": "company:yunfan", "target": "project:yunfan-h",
            "relation": "owns", "weight": 1.0, "count": 1,
            "origin": "dictionary", "confidence": 1.0, "evidence": []
        }])
    );
}

#[test]
fn neighbors_evidence_prints_document_and_offsets() {
    let fx = built_news();
    let run = fx.run(&["neighbors", "云帆重工", "--evidence", "--graph", "out/graph.json"]);
    assert_eq!(run.code, 0);
    assert_eq!(
        run.stdout,
        "江苏云帆重工有限公司 (company:yunfan, company): 2 neighbours\n\
         \n\
         ● 北辰新材料科技有限公司 (company:beichen, company) depth 1\n\
         \x20 company:beichen -[co_occurs w=1 conf=1 cooccurrence]-> company:yunfan\n\
         \x20   202:0-54  云帆重工与北辰新材签署战略合作协议;\n\
         ● 云帆H级燃机项目 (project:yunfan-h, project) depth 1\n\
         \x20 company:yunfan -[owns w=1 conf=1 dictionary]-> project:yunfan-h\n"
    );
    // The offsets point into the JSONL document's text.
    let text = original(&fx, "202");
    assert_eq!(
        String::from_utf8_lossy(&text[0..54]),
        "云帆重工与北辰新材签署战略合作协议；"
    );
}

#[test]
fn unknown_name_lists_close_known_names() {
    let fx = built_news();
    let run = fx.run(&["neighbors", "临江经开区", "--graph", "out/graph.json"]);
    assert_eq!(
        (run.code, run.stdout.as_str(), run.stderr.as_str()),
        (
            2,
            "",
            "zonegraph: error: unknown entity \"临江经开区\"; closest known names: 临江经济开发区 (zone:linjiang-edz)\n"
        )
    );
    let run = fx.run(&["neighbors", "云帆", "--graph", "out/graph.json"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("江苏云帆重工有限公司 (company:yunfan)"),
        "{}",
        run.stderr
    );
}

#[test]
fn stats_text_and_json() {
    let fx = built_news();
    let run = fx.run(&["stats", "--graph", "out/graph.json", "--top", "3"]);
    assert_eq!((run.code, run.stderr.as_str()), (0, ""));
    assert_eq!(
        run.stdout,
        "5 nodes, 6 edges, from 5 documents and 18 mentions\n\
         \n\
         type     nodes\n\
         cluster  1\n\
         company  2\n\
         project  1\n\
         zone     1\n\
         \n\
         relation   edges  total weight\n\
         co_occurs  5      10\n\
         owns       1      1\n\
         \n\
         degree  mentions  type     name                    id\n\
         3       5         company  北辰新材料科技有限公司  company:beichen\n\
         3       7         zone     临江经济开发区          zone:linjiang-edz\n\
         2       3         cluster  生物医药                cluster:biomed\n"
    );
    let run = fx.run(&["stats", "--graph", "out/graph.json", "--json"]);
    assert_eq!(run.code, 0);
    let v: Value = serde_json::from_str(&run.stdout).expect("stats --json is JSON");
    assert_eq!(v["nodes"], json!(5));
    assert_eq!(v["edges"], json!(6));
    assert_eq!(v["documents"], json!(5));
    assert_eq!(v["mentions"], json!(18));
    assert_eq!(
        v["node_types"],
        json!({"cluster": 1, "company": 2, "project": 1, "zone": 1})
    );
    assert_eq!(
        v["relations"],
        json!({"co_occurs": {"edges": 5, "total_weight": 10.0}, "owns": {"edges": 1, "total_weight": 1.0}})
    );
    assert_eq!(v["top"].as_array().unwrap().len(), 5);
}

#[test]
fn unreadable_graphs_exit_2() {
    let fx = built_news();
    let good = fx.read_string("out/graph.json");
    let mut v: Value = serde_json::from_str(&good).unwrap();
    v["graph"]["format_version"] = json!(999);
    fx.write("v999.json", v.to_string());
    fx.write("cut.json", &good[..good.len() / 2]);
    fx.write("other.json", "{\"nodes\": [], \"links\": []}");
    // (graph file, exact stderr, or its start when it carries a parser message)
    let cases: &[(&str, &str)] = &[
        (
            "v999.json",
            "zonegraph: error: v999.json: graph format version 999 is not supported (this zonegraph reads version 1)\n",
        ),
        (
            "cut.json",
            "zonegraph: error: cut.json: not a zonegraph graph: EOF while parsing",
        ),
        (
            "other.json",
            "zonegraph: error: other.json: not a zonegraph graph: no graph.format_version\n",
        ),
        (
            "missing.json",
            "zonegraph: error: missing.json: no such file or folder\n",
        ),
    ];
    for (file, want) in cases {
        for cmd in [
            vec!["stats", "--graph", file],
            vec!["neighbors", "临开", "--graph", file],
        ] {
            let run = fx.run(&cmd);
            assert_eq!((run.code, run.stdout.as_str()), (2, ""), "{cmd:?}");
            assert!(run.stderr.starts_with(want), "{cmd:?}: {}", run.stderr);
            assert_eq!(run.stderr.lines().count(), 1, "{}", run.stderr);
        }
    }
}

/// Per-year counts are keyed by four-byte years; since graph edges and nodes
/// hold them as a short list, another key is refused with where it is
/// (before, any key loaded).
#[test]
fn a_years_key_that_is_not_a_year_exits_2() {
    let fx = built_news();
    let good = fx.read_string("out/graph.json");
    for (part, key) in [("nodes", "unknown"), ("edges", "2024-05")] {
        let mut v: Value = serde_json::from_str(&good).unwrap();
        v[part][0]["years"] = json!({ key: 1 });
        fx.write("years.json", v.to_string());
        let run = fx.run(&["stats", "--graph", "years.json"]);
        assert_eq!((run.code, run.stdout.as_str()), (2, ""), "{part}");
        let want = format!("years key {key:?} is not a 4-byte year");
        let kind = &part[..4];
        assert!(
            run.stderr.starts_with(&format!(
                "zonegraph: error: years.json: not a zonegraph graph: {kind} at byte "
            )) && run.stderr.contains(&want),
            "{part}: {}",
            run.stderr
        );
    }
}

#[test]

fn io_error_is_reported_once() {
    let fx = built_news();
    // A folder where a graph file is expected: reading it fails with EISDIR.
    let run = fx.run(&["stats", "--graph", "out"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.starts_with("zonegraph: error: out: "));
    assert_eq!(
        run.stderr.matches("(os error").count(),
        1,
        "the OS error is repeated: {}",
        run.stderr
    );
}

// ---------------------------------------------------------------------------
// 9. dict check
// ---------------------------------------------------------------------------

const CHECK_TSV: &str = "\
id\ttype\tname\taliases\tattributes
zone:linjiang-edz\tzone\t临江经济开发区\t临开\t
company:linkai\tcompany\t临江开发控股有限公司\t临开\t
cluster:biomed\tcluster\t生物医药\t\t
company:biomed-x\tcompany\t临江生物医药股份有限公司\t\t
project:dock\tproject\t临江港务码头项目\t\t
";

#[test]
fn dict_check_reports_shared_hidden_and_unmatched() {
    let fx = Fixture::new();
    fx.write("dict/e.tsv", CHECK_TSV);
    fx.write("corpus/t.txt", "临开引进生物医药企业。");
    let shared = "shared: \"临开\" is claimed by zone:linjiang-edz \"临开\" (dict/e.tsv:2), company:linkai \"临开\" (dict/e.tsv:3); the first wins\n";
    let hidden = "hidden: cluster:biomed \"生物医药\" (dict/e.tsv:4) lies inside company:biomed-x \"临江生物医药股份有限公司\" (dict/e.tsv:5)\n";

    let run = fx.run(&["dict", "check", "--dict", "dict", "--rules", "dict"]);
    assert_eq!((run.code, run.stderr.as_str()), (0, ""));
    assert_eq!(
        run.stdout,
        format!(
            "{shared}{hidden}5 entities, 0 relations, 0 rules in 1 files: 1 shared, 0 redundant, 1 hidden, 0 unmatched, 0 load problems\n"
        )
    );

    let run = fx.run(&[
        "dict", "check", "--dict", "dict", "--rules", "dict", "--corpus", "corpus",
    ]);
    assert_eq!((run.code, run.stderr.as_str()), (0, ""));
    assert_eq!(
        run.stdout,
        format!(
            "{shared}{hidden}\
             unmatched: company:biomed-x \"临江生物医药股份有限公司\" never matches the corpus\n\
             unmatched: company:linkai \"临江开发控股有限公司\" never matches the corpus\n\
             unmatched: project:dock \"临江港务码头项目\" never matches the corpus\n\
             5 entities, 0 relations, 0 rules in 1 files: 1 shared, 0 redundant, 1 hidden, 3 unmatched, 0 load problems\n"
        )
    );
}

#[test]
fn dict_check_json() {
    let fx = Fixture::new();
    fx.write("dict/e.tsv", CHECK_TSV);
    fx.write("corpus/t.txt", "临开引进生物医药企业。");
    let run = fx.run(&[
        "dict", "check", "--dict", "dict", "--rules", "dict", "--corpus", "corpus", "--json",
    ]);
    assert_eq!(run.code, 0);
    let v: Value = serde_json::from_str(&run.stdout).expect("dict check --json is JSON");
    assert_eq!(v["entities"], json!(5));
    assert_eq!(v["relations"], json!(0));
    assert_eq!(v["problems"], json!([]));
    assert_eq!(v["files"][0]["path"], "dict/e.tsv");
    let kinds: Vec<&str> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["kind"].as_str().unwrap())
        .collect();
    assert_eq!(
        kinds,
        [
            "shared_key",
            "hidden",
            "never_matched",
            "never_matched",
            "never_matched"
        ]
    );
    assert_eq!(
        v["findings"][0],
        json!({"kind": "shared_key", "key": "临开", "forms": [
            {"entity": "zone:linjiang-edz", "form": "临开", "at": "dict/e.tsv:2"},
            {"entity": "company:linkai", "form": "临开", "at": "dict/e.tsv:3"},
        ]})
    );
    assert_eq!(v["findings"][1]["inner"]["entity"], "cluster:biomed");
    assert_eq!(v["findings"][1]["outer"]["entity"], "company:biomed-x");
}

#[test]
fn dict_check_reports_redundant_forms_and_load_problems() {
    let fx = Fixture::new();
    fx.write(
        "dict/e.tsv",
        "id\ttype\tname\taliases\tattributes\n\
         project:yunfan-h\tproject\t云帆H级燃机项目\t云帆Ｈ级燃机项目\t\n\
         zone:dup\tzone\t临江经济开发区\t\t\n\
         zone:dup\tzone\t临江新区\t\t\n",
    );
    let run = fx.run(&["dict", "check", "--dict", "dict", "--rules", "dict"]);
    assert_eq!(run.code, 1, "{run:?}");
    assert!(
        run.stdout.starts_with(
            "redundant: forms normalise to the same key \"云帆h级燃机项目\": \
             project:yunfan-h \"云帆H级燃机项目\" (dict/e.tsv:2), project:yunfan-h \"云帆Ｈ级燃机项目\" (dict/e.tsv:2)\n"
        ),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout
            .ends_with("1 redundant, 0 hidden, 0 unmatched, 1 load problems\n")
    );
    assert_eq!(
        run.stderr,
        "zonegraph: warning: dict/e.tsv:4: duplicate id zone:dup (first defined at dict/e.tsv:3); row skipped\n\
         zonegraph: 1 problem in the input; the rest was processed\n"
    );
}

// ---------------------------------------------------------------------------
// 10. eval
// ---------------------------------------------------------------------------

#[test]
fn eval_scores_against_gold() {
    let fx = Fixture::with_dict();
    let text = "云帆重工在临开新建生物医药基地，北辰新材随后跟进，开发区将给予支持。\n";
    fx.write("corpus/a.txt", text);
    fx.build_ok(&["corpus"], "out");

    // Gold: 云帆重工, 临开 and 生物医药 (linked to an entity whose names do
    // not include 生物医药), and a bare 开发区 the dictionary cannot find.
    // 北辰新材 is not in the gold, so it is spurious.
    let span = |s: &str| {
        let start = text.find(s).unwrap();
        (start, start + s.len())
    };
    let mut mentions = String::from("file\ttype\tentity_id\tsurface\tbyte_offset\tbyte_end\n");
    for (etype, id, surface) in [
        ("company", "g:yunfan", "云帆重工"),
        ("zone", "g:linjiang", "临开"),
        ("cluster", "g:biomed", "生物医药"),
        ("zone", "g:linjiang", "开发区"),
    ] {
        let (start, end) = span(surface);
        mentions.push_str(&format!("a.txt\t{etype}\t{id}\t{surface}\t{start}\t{end}\n"));
    }
    fx.write("gold/mentions.tsv", mentions);
    fx.write(
        "gold/entities.tsv",
        "id\ttype\tcanonical\taliases\n\
         g:yunfan\tcompany\t江苏云帆重工有限公司\t云帆重工\n\
         g:linjiang\tzone\t临江经济开发区\t临开|开发区\n\
         g:biomed\tcluster\t生物医药产业集群\t\n",
    );

    let run = fx.run(&["eval", "--gold", "gold", "--graph", "out/graph.json", "--json"]);
    assert_eq!((run.code, run.stderr.as_str()), (0, ""));
    let v: Value = serde_json::from_str(&run.stdout).expect("eval --json is JSON");
    let m = &v["mentions"];
    // (row, gold, predicted, correct, precision, recall)
    let cases: &[(&str, &str, u64, u64, u64, f64, f64)] = &[
        ("span_type", "all", 4, 4, 3, 0.75, 0.75),
        ("linked", "all", 4, 4, 2, 0.5, 0.5),
        ("span_type", "zone", 2, 1, 1, 1.0, 0.5),
        ("span_type", "company", 1, 2, 1, 0.5, 1.0),
        ("span_type", "cluster", 1, 1, 1, 1.0, 1.0),
        ("linked", "cluster", 1, 1, 0, 0.0, 0.0),
    ];
    for (kind, etype, gold, predicted, correct, precision, recall) in cases {
        let s = &m[kind][etype];
        assert_eq!(
            (
                s["gold"].as_u64().unwrap(),
                s["predicted"].as_u64().unwrap(),
                s["correct"].as_u64().unwrap(),
                s["precision"].as_f64().unwrap(),
                s["recall"].as_f64().unwrap()
            ),
            (*gold, *predicted, *correct, *precision, *recall),
            "{kind} {etype}"
        );
    }
    let (start, end) = span("开发区");
    assert_eq!(
        m["missed"],
        json!([{"file": "a.txt", "start": start, "end": end, "type": "zone", "surface": "开发区", "entity": "g:linjiang"}])
    );
    let (start, end) = span("北辰新材");
    assert_eq!(
        m["spurious"],
        json!([{"file": "a.txt", "start": start, "end": end, "type": "company", "surface": "北辰新材", "entity": "company:beichen"}])
    );

    // Leaving the bare 开发区 out of the score.
    let run = fx.run(&[
        "eval",
        "--gold",
        "gold",
        "--graph",
        "out/graph.json",
        "--ignore-surface",
        "开发区",
        "--errors",
    ]);
    assert_eq!(run.code, 0);
    assert_eq!(
        run.stdout,
        format!(
            "mentions\n\
             type     match      gold  predicted  correct  P      R      F1\n\
             all      span+type  3     4          3        0.750  1.000  0.857\n\
             all      linked     3     4          2        0.500  0.667  0.571\n\
             cluster  span+type  1     1          1        1.000  1.000  1.000\n\
             cluster  linked     1     1          0        0.000  0.000  0.000\n\
             company  span+type  1     2          1        0.500  1.000  0.667\n\
             company  linked     1     2          1        0.500  1.000  0.667\n\
             zone     span+type  1     1          1        1.000  1.000  1.000\n\
             zone     linked     1     1          1        1.000  1.000  1.000\n\
             \n\
             relations\n\
             relation  match   gold  predicted  correct  P      R      F1\n\
             all       triple  0     0          0        0.000  0.000  0.000\n\
             \n\
             entities\n\
             type             match  gold  predicted  correct  P      R      F1\n\
             cluster          name   1     1          0        0.000  0.000  0.000\n\
             company          name   1     2          1        0.500  1.000  0.667\n\
             company+project  name   1     2          1        0.500  1.000  0.667\n\
             zone             name   1     1          1        1.000  1.000  1.000\n\
             \n\
             missed entities (0)\n\
             \n\
             spurious entities (1)\n\
             \x20 company:beichen 北辰新材料科技有限公司 (company)\n\
             \n\
             missed relations (0)\n\
             \n\
             spurious relations (0)\n\
             \n\
             missed (0)\n\
             \n\
             spurious (1)\n\
             \x20 a.txt:{start}-{end} company 北辰新材 (company:beichen)\n"
        )
    );
}

#[test]
fn eval_rejects_a_bad_gold_folder() {
    let fx = Fixture::with_dict();
    fx.write("corpus/a.txt", "临开。");
    fx.build_ok(&["corpus"], "out");
    fx.write("gold/entities.tsv", "id\ttype\tcanonical\taliases\n");
    fx.write(
        "gold/mentions.tsv",
        "file\ttype\tentity_id\tsurface\tbyte_offset\tbyte_end\na.txt\tzone\tz\t临开\t0\t6\na.txt\tzone\tz\t临开\t六\t6\n",
    );
    let cases: &[(&str, &str)] = &[
        (
            "gold",
            "zonegraph: error: gold/mentions.tsv: gold annotation: line 3: \"六\" is not a byte offset\n",
        ),
        (
            "no-gold",
            "zonegraph: error: no-gold/entities.tsv: no such file or folder\n",
        ),
    ];
    for (gold, want) in cases {
        let run = fx.run(&["eval", "--gold", gold, "--graph", "out/graph.json"]);
        assert_eq!((run.code, run.stdout.as_str(), run.stderr.as_str()), (2, "", *want));
    }
}

// ---------------------------------------------------------------------------
// 11. The bundled quick start
// ---------------------------------------------------------------------------

#[test]
fn bundled_quick_start_builds() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("out");
    let run = assert_cmd::Command::cargo_bin("zonegraph")
        .unwrap()
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .arg("build")
        .arg("--out")
        .arg(&out)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert_eq!(run.status.code(), Some(0), "{stderr}");
    assert!(!stderr.contains("warning"), "{stderr}");
    let graph: Value = serde_json::from_slice(&std::fs::read(out.join("graph.json")).unwrap()).unwrap();
    let nodes = graph["nodes"].as_array().unwrap().len();
    assert!(nodes > 20, "only {nodes} nodes");
    assert!(!graph["edges"].as_array().unwrap().is_empty());
    assert_eq!(graph["graph"]["corpus"]["inputs"], json!(["examples"]));
    for file in OUTPUTS {
        assert!(out.join(file).is_file(), "{file}");
    }
}

// ---------------------------------------------------------------------------
// 12. A closed output pipe
// ---------------------------------------------------------------------------

/// Run with stdout connected to a pipe whose read end is already closed.
fn run_into_closed_pipe(fx: &Fixture, args: &[&str]) -> Run {
    let (reader, writer) = std::io::pipe().expect("pipe");
    drop(reader);
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_zonegraph"))
        .current_dir(fx.root())
        .args(args)
        .stdout(writer)
        .output()
        .expect("run zonegraph");
    Run {
        code: out.status.code().expect("exited with a code"),
        stdout: String::new(),
        stderr: String::from_utf8(out.stderr).unwrap(),
    }
}

#[test]
fn closed_pipe_is_not_an_error() {
    let fx = built_news();
    for args in [
        &["stats", "--graph", "out/graph.json"][..],
        &["neighbors", "临开", "--graph", "out/graph.json"][..],
    ] {
        let run = run_into_closed_pipe(&fx, args);
        assert_eq!((run.code, run.stderr.as_str()), (0, ""), "{args:?}");
    }
}

#[test]

fn closed_pipe_is_not_an_error_with_json() {
    let fx = built_news();
    for args in [
        &["stats", "--graph", "out/graph.json", "--json"][..],
        &["neighbors", "临开", "--graph", "out/graph.json", "--json"][..],
    ] {
        let run = run_into_closed_pipe(&fx, args);
        assert_eq!((run.code, run.stderr.as_str()), (0, ""), "{args:?}");
    }
}

// ---------------------------------------------------------------------------
// Usage
// ---------------------------------------------------------------------------

#[test]
fn usage_errors_exit_2() {
    let fx = Fixture::new();
    for args in [
        &["frobnicate"][..],
        &["neighbors"][..],
        &["build", "--max-evidence", "many"][..],
    ] {
        let run = fx.run(args);
        assert_eq!(run.code, 2, "{args:?}");
        assert!(run.stderr.starts_with("error: "), "{args:?}: {}", run.stderr);
        assert_eq!(run.stdout, "");
    }
    let run = fx.run(&["--help"]);
    assert_eq!(run.code, 0);
    for sub in ["build", "neighbors", "stats", "dict", "eval"] {
        assert!(run.stdout.contains(&format!("  {sub} ")), "{sub}");
    }
}

// ---------------------------------------------------------------------------
// Typed relations from rule files, generic references, and their scores
// ---------------------------------------------------------------------------

/// A zone article with a bare 开发区, a class use, a list and a bad rule.
const RULES_TOML: &str = "\
[[rule]]
id = \"member_of.representative\"
relation = \"member_of\"
pattern = \"以 {company+:head} 为代表的 {cluster:tail}\"

[[rule]]
id = \"focuses_on.builds\"
relation = \"focuses_on\"
head = \"subject_zone\"
pattern = \"重点打造 {cluster+:tail}\"
";
const GENERIC_TSV: &str = "form\trefers_to\tmention\tnot_after\tnot_before\n开发区\tzone\tyes\t级\t之一\n";
const ZONE_ARTICLE: &str = "临江经济开发区年度综述\n\n开发区重点打造生物医药产业。以云帆重工、北辰新材为代表的生物医药产业集群加快成长。作为国家级开发区，临开再出发。\n";

/// Every edge of a build's graph.json once for each of its evidence spans,
/// the span read back from the corpus file it names: source, relation,
/// target, origin and the original text.
fn edges_with_evidence(fx: &Fixture, out: &str) -> Vec<[String; 5]> {
    let graph = fx.graph(out);
    let mut found = Vec::new();
    for e in graph["edges"].as_array().unwrap() {
        let s = |k: &str| e[k].as_str().unwrap().to_string();
        for ev in e["evidence"].as_array().unwrap() {
            let file = fx.read(&format!("corpus/{}", ev["doc"].as_str().unwrap()));
            let (start, end) = (
                ev["start"].as_u64().unwrap() as usize,
                ev["end"].as_u64().unwrap() as usize,
            );
            let original = String::from_utf8(file[start..end].to_vec()).unwrap();
            found.push([s("source"), s("relation"), s("target"), s("origin"), original]);
        }
    }
    found
}

/// A project bulletin and a company's registry fields, with full-width
/// colons and one field to a line.
const RECORDS_ARTICLE: &str = "临江重点项目周报\n\n一、云帆Ｈ级燃机项目\n建设单位：北辰新材料科技有限公司\n建设地点：临江经济开发区\n总投资：40亿元\n\n二、企业信息\n公司名称：北辰新材料科技有限公司\n注册地址：临江市临江经济开发区\n法定代表人：林晓帆\n股权结构：云帆重工持股60%，其他股东持股40%\n";

#[test]
fn field_records_give_typed_edges_with_evidence_in_the_original() {
    let fx = Fixture::with_dict();
    fx.write(
        "dict/rules.toml",
        "[records]\nname = [\"公司名称\"]\nowner = [\"建设单位\"]\nsite = [\"建设地点\"]\naddress = [\"注册地址\"]\nshares = [\"股权结构\"]\n",
    );
    fx.write("corpus/a.txt", RECORDS_ARTICLE);
    fx.build_ok(&["corpus"], "out");
    let mut records: Vec<(String, String, String, String)> = edges_with_evidence(&fx, "out")
        .into_iter()
        .filter(|[_, _, _, origin, _]| origin.ends_with(".record"))
        .map(|[source, relation, target, _, original]| (source, relation, target, original))
        .collect();
    records.sort();
    let s = |x: &str| x.to_string();
    assert_eq!(
        records,
        [
            (
                s("company:beichen"),
                s("located_in"),
                s("zone:linjiang-edz"),
                s("公司名称：北辰新材料科技有限公司\n注册地址：临江市临江经济开发区")
            ),
            (
                s("company:beichen"),
                s("owns"),
                s("project:yunfan-h"),
                s("云帆Ｈ级燃机项目\n建设单位：北辰新材料科技有限公司")
            ),
            (
                s("company:beichen"),
                s("subsidiary_of"),
                s("company:yunfan"),
                s(
                    "公司名称：北辰新材料科技有限公司\n注册地址：临江市临江经济开发区\n法定代表人：林晓帆\n股权结构：云帆重工持股60%，其他股东持股40%"
                )
            ),
            (
                s("project:yunfan-h"),
                s("located_in"),
                s("zone:linjiang-edz"),
                s("云帆Ｈ级燃机项目\n建设单位：北辰新材料科技有限公司\n建设地点：临江经济开发区")
            ),
        ]
    );
}

/// A signing list whose heading puts every project in one zone: each record
/// with no site of its own is placed there, with the heading and the item's
/// name as evidence. A heading in a paragraph of its own counts; a zone named
/// in a paragraph before an unrelated one does not.
#[test]
fn a_list_heading_places_its_records() {
    let fx = Fixture::with_dict();
    fx.write(
        "dict/more.tsv",
        "id\ttype\tname\taliases\tattributes\nproject:beichen-dj\tproject\t北辰电解液项目\t\t\nzone:hekou\tzone\t河口工业园\t\t\n",
    );
    fx.write(
        "dict/rules.toml",
        "[records]\nowner = [\"投资方\"]\nsite = [\"建设地点\"]\n",
    );
    fx.write(
        "corpus/a.txt",
        "临江签约一览\n\n签约项目清单（部分，均落户临江开发区）\n1．云帆Ｈ级燃机项目\n投资方：江苏云帆重工有限公司\n总投资：40亿元\n2．北辰电解液项目\n投资方：北辰新材料科技有限公司\n建设地点：河口工业园\n",
    );
    fx.write(
        "corpus/b.txt",
        "签约项目（全部位于临江经济开发区）\n\n一、北辰电解液项目\n投资方：北辰新材料科技有限公司\n",
    );
    fx.write(
        "corpus/c.txt",
        "以上项目均落户临江开发区。\n\n今年各项目开工情况良好，进度符合预期。\n\n一、云帆Ｈ级燃机项目\n投资方：江苏云帆重工有限公司\n",
    );
    fx.build_ok(&["corpus"], "out");
    let mut placed: Vec<(String, String, String, String)> = edges_with_evidence(&fx, "out")
        .into_iter()
        .filter(|[_, relation, ..]| relation == "located_in")
        .map(|[source, _, target, origin, original]| (source, target, origin, original))
        .collect();
    placed.sort();
    let s = |x: &str| x.to_string();
    assert_eq!(
        placed,
        [
            (
                s("project:beichen-dj"),
                s("zone:hekou"),
                s("located_in.record"),
                s("北辰电解液项目\n投资方：北辰新材料科技有限公司\n建设地点：河口工业园")
            ),
            (
                s("project:beichen-dj"),
                s("zone:linjiang-edz"),
                s("located_in.list_heading"),
                s("签约项目（全部位于临江经济开发区）\n\n一、北辰电解液项目")
            ),
            (
                s("project:yunfan-h"),
                s("zone:linjiang-edz"),
                s("located_in.list_heading"),
                s("签约项目清单（部分，均落户临江开发区）\n1．云帆Ｈ级燃机项目")
            ),
        ]
    );
}

#[test]
fn rules_give_typed_edges_with_evidence_and_resolved_mentions() {
    let fx = Fixture::with_dict();
    fx.write("dict/rules.toml", RULES_TOML);
    fx.write("dict/generic.tsv", GENERIC_TSV);
    fx.write("corpus/a.txt", ZONE_ARTICLE);
    fx.build_ok(&["corpus"], "out");
    let graph = fx.graph("out");
    let typed: Vec<(String, String, String, String)> = graph["edges"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["relation"] != "co_occurs")
        .map(|e| {
            let s = |k: &str| e[k].as_str().unwrap().to_string();
            (s("source"), s("relation"), s("target"), s("origin"))
        })
        .collect();
    let s = |x: &str| x.to_string();
    assert_eq!(
        typed,
        [
            (
                s("company:beichen"),
                s("member_of"),
                s("cluster:biomed"),
                s("member_of.representative")
            ),
            (
                s("company:yunfan"),
                s("member_of"),
                s("cluster:biomed"),
                s("member_of.representative")
            ),
            (s("company:yunfan"), s("owns"), s("project:yunfan-h"), s("dictionary")),
            (
                s("zone:linjiang-edz"),
                s("focuses_on"),
                s("cluster:biomed"),
                s("focuses_on.builds")
            ),
        ]
    );
    let focus = edge(&graph, "zone:linjiang-edz", "focuses_on", "cluster:biomed").unwrap();
    let ev = &focus["evidence"][0];
    let raw = ZONE_ARTICLE.as_bytes();
    let (start, end) = (
        ev["start"].as_u64().unwrap() as usize,
        ev["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(
        std::str::from_utf8(&raw[start..end]).unwrap(),
        "开发区重点打造生物医药产业。"
    );
    assert_eq!(focus["confidence"], json!(0.8));
    // The bare 开发区 is a resolved mention of the zone; the class use is not.
    let mentions = fx.mentions("out");
    let resolved: Vec<&Value> = mentions.iter().filter(|m| m["surface"] == "开发区").collect();
    assert_eq!(resolved.len(), 1, "{resolved:?}");
    assert_eq!(resolved[0]["entity"], "zone:linjiang-edz");
    assert_eq!(resolved[0]["resolved"], true);
    // neighbors --relation shows only the typed edge, with its rule.
    let run = fx.run(&[
        "neighbors",
        "临开",
        "--relation",
        "focuses_on",
        "--graph",
        "out/graph.json",
    ]);
    assert_eq!(run.code, 0);
    assert!(
        run.stdout
            .contains("focuses_on  1       focuses_on.builds  cluster:biomed"),
        "{}",
        run.stdout
    );
}

#[test]
fn bad_rule_is_named_with_file_and_line() {
    let fx = Fixture::with_dict();
    fx.write(
        "dict/rules.toml",
        "[[rule]]\nid = \"x\"\nrelation = \"owns\"\npattern = \"{company:head} 投资\"\n",
    );
    fx.write("corpus/a.txt", ZONE_ARTICLE);
    let run = fx.build(&["corpus"], "out", &[]);
    assert_eq!(run.code, 1, "{run:?}");
    assert_eq!(
        run.stderr,
        "zonegraph: warning: dict/rules.toml:1: bad rule: pattern has no {…:tail} slot and tail is not set; rule skipped\n\
         zonegraph: 1 problem in the input; the rest was processed\n"
    );
}

#[test]
fn eval_scores_relations_per_type() {
    let fx = Fixture::with_dict();
    fx.write("dict/rules.toml", RULES_TOML);
    fx.write("dict/generic.tsv", GENERIC_TSV);
    fx.write("corpus/a.txt", ZONE_ARTICLE);
    fx.build_ok(&["corpus"], "out");
    fx.write(
        "gold/entities.tsv",
        "id\ttype\tcanonical\taliases\n\
         z\tzone\t临江经济开发区\t临开\n\
         y\tcompany\t云帆重工\t\n\
         b\tcompany\t北辰新材\t\n\
         m\tcluster\t生物医药\t生物医药产业集群\n",
    );
    fx.write(
        "gold/mentions.tsv",
        "file\ttype\tentity_id\tsurface\tbyte_offset\tbyte_end\n",
    );
    fx.write(
        "gold/relations.tsv",
        "head\trelation\ttail\tfile\n\
         y\tmember_of\tm\ta.txt\n\
         z\tfocuses_on\tm\ta.txt\n\
         y\tlocated_in\tz\ta.txt\n",
    );
    // The second member_of is uncertain, so it is not scored either way.
    fx.write(
        "gold/uncertain.tsv",
        "kind\tfile\tsurface_or_evidence\tbyte_offset\thead\trelation\ttail\n\
         relation\ta.txt\t以…\t0\tb\tmember_of\tm\n",
    );
    let run = fx.run(&["eval", "--gold", "gold", "--graph", "out/graph.json", "--json"]);
    assert_eq!(run.code, 0, "{run:?}");
    let v: Value = serde_json::from_str(&run.stdout).unwrap();
    let r = &v["relations"]["scores"];
    let row = |k: &str| (r[k]["gold"].clone(), r[k]["predicted"].clone(), r[k]["correct"].clone());
    assert_eq!(row("member_of"), (json!(1), json!(1), json!(1)));
    assert_eq!(row("focuses_on"), (json!(1), json!(1), json!(1)));
    assert_eq!(row("located_in"), (json!(1), json!(0), json!(0)));
    assert_eq!(row("all"), (json!(3), json!(2), json!(2)));
    // Curated edges (the dictionary's owns) are not scored by default.
    assert_eq!(r["owns"], Value::Null);
}

#[test]
fn replacing_the_dictionary_keeps_the_bundled_rules() {
    // A user who brings only entities still gets the bundled relation rules
    // and generic references.
    let fx = Fixture::with_dict();
    fx.write("corpus/a.txt", ZONE_ARTICLE);
    let run = fx.run(&["build", "corpus", "--dict", "dict", "--out", "out", "-q"]);
    assert_eq!((run.code, run.stderr.as_str()), (0, ""), "{run:?}");
    let graph = fx.graph("out");
    let focus =
        edge(&graph, "zone:linjiang-edz", "focuses_on", "cluster:biomed").expect("bundled focuses_on rule applied");
    assert_eq!(focus["origin"], "focuses_on.builds");
}

#[test]
fn replacing_the_rules_keeps_the_bundled_entities_but_not_their_rules() {
    // Regression: `--rules` without `--dict` read the bundled folder's
    // rules.toml as well (as a dictionary folder's own language files), so
    // the bundled rules still applied and each of the user's rules with a
    // bundled id was skipped as a duplicate.
    let fx = Fixture::new();
    fx.write("corpus/a.txt", "中集集团今年在南通经济技术开发区投资建设新基地。\n");
    fx.write(
        "mine/rules.toml",
        "[[rule]]\nid = \"located_in.at_zone\"\nrelation = \"located_in\"\npattern = \"{company:head} ..4 在 {zone:tail}\"\n",
    );
    let run = fx.run(&["build", "corpus", "--rules", "mine", "--out", "out", "-q"]);
    assert_eq!((run.code, run.stderr.as_str()), (0, ""), "{run:?}");
    let graph = fx.graph("out");
    let by_rules: Vec<(&str, &str, &str, &str)> = graph["edges"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| !["cooccurrence", "dictionary"].contains(&e["origin"].as_str().unwrap()))
        .map(|e| {
            let s = |k: &str| e[k].as_str().unwrap();
            (s("source"), s("relation"), s("target"), s("origin"))
        })
        .collect();
    assert_eq!(
        by_rules,
        [(
            "company:cimc-group",
            "located_in",
            "zone:nantong-etdz",
            "located_in.at_zone"
        )]
    );
}

#[test]
fn dates_first_and_last_seen_and_since_until() {
    let fx = Fixture::with_dict();
    // Dates from front matter, JSONL, and the file name; one undated file.
    fx.write("corpus/2023-05-01_a.txt", "临开与云帆重工签约。");
    fx.write(
        "corpus/b.md",
        "---\ntitle: 动态\ndate: 2024-02-03\n---\n临开与云帆重工再签约。\n",
    );
    fx.write("corpus/c.txt", "云帆重工在临开扩产。");
    fx.build_ok(&["corpus"], "out");
    let graph = fx.graph("out");
    let zone = graph["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|n| n["id"] == "zone:linjiang-edz")
        .unwrap();
    assert_eq!(
        (zone["first_seen"].clone(), zone["last_seen"].clone()),
        (json!("2023-05-01"), json!("2024-02-03"))
    );
    assert_eq!(zone["years"], json!({"2023": 1, "2024": 1}));
    let e = edge(&graph, "company:yunfan", "co_occurs", "zone:linjiang-edz").unwrap();
    assert_eq!(e["weight"], json!(3.0));
    assert_eq!(e["years"], json!({"2023": 1, "2024": 1}));

    // --since keeps the 2024 document only; the undated one is left out too.
    let run = fx.build(&["corpus"], "since", &["--since", "2024-01-01"]);
    assert_eq!(run.code, 0, "{run:?}");
    let graph = fx.graph("since");
    assert_eq!(graph["graph"]["corpus"]["documents"], json!(1));
    assert_eq!(graph["graph"]["corpus"]["outside_dates"], json!(2));
    let run = fx.build(&["corpus"], "bad", &["--until", "last week"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("--until \"last week\" is not a date"),
        "{}",
        run.stderr
    );
}

#[test]
fn reposts_are_counted_once_and_kept_as_evidence() {
    let fx = Fixture::with_dict();
    let story = "本报讯 临江经济开发区今年以来持续优化营商环境，云帆重工新建的生产线顺利投产，北辰新材的研发中心也已启用，两家企业合计新增就业岗位一千二百个。开发区还将继续完善配套设施，推动更多项目落地见效。";
    fx.write("corpus/a.txt", story);
    // The copy adds one sentence of its own (北辰新材 with the project).
    fx.write(
        "corpus/b.txt",
        format!("【转载】来源：临江日报\n\n{story}北辰新材为云帆H级燃机项目供货。\n\n（责任编辑：王某）"),
    );
    fx.build_ok(&["corpus"], "out");
    let graph = fx.graph("out");
    assert_eq!(graph["graph"]["corpus"]["reposts_folded"], json!(1));
    // Regression: an edge that only the copy shows once had weight 0; it counts once.
    let only_in_copy = edge(&graph, "company:beichen", "co_occurs", "project:yunfan-h").expect("edge from the copy");
    assert_eq!(only_in_copy["count"], json!(1), "{only_in_copy}");
    let e = edge(&graph, "company:beichen", "co_occurs", "company:yunfan").unwrap();
    assert_eq!(e["weight"], json!(1.0), "{e}");
    assert_eq!(e["docs"], json!(["a.txt", "b.txt"]));
    assert_eq!(e["evidence"].as_array().unwrap().len(), 2);
    // --no-fold-reposts counts the copy again.
    fx.build_ok(&["corpus", "--no-fold-reposts"], "all");
    let graph = fx.graph("all");
    let e = edge(&graph, "company:beichen", "co_occurs", "company:yunfan").unwrap();
    assert_eq!(e["weight"], json!(2.0));
}

#[test]
fn discover_finds_unlisted_firms_and_build_adds_them() {
    let fx = Fixture::with_dict();
    fx.write(
        "corpus/a.txt",
        "临开招引青禾网络、鹿鸣生物等企业入驻。江苏远岫精密机械有限公司总投资8亿元的远岫精密轴承项目签约落户临开。",
    );
    // The fixture's own rules folder has no discover.toml: the bundled one is used.
    let run = fx.run(&["discover", "corpus", "--dict", "dict", "--json"]);
    assert_eq!(run.code, 0, "{run:?}");
    let v: Value = serde_json::from_str(&run.stdout).unwrap();
    let names: Vec<&str> = v["candidates"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["name"].as_str().unwrap())
        .collect();
    for want in ["青禾网络", "鹿鸣生物", "江苏远岫精密机械有限公司", "远岫精密轴承项目"] {
        assert!(names.contains(&want), "{want} not in {names:?}");
    }
    let c = v["candidates"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["name"] == "江苏远岫精密机械有限公司")
        .unwrap();
    assert_eq!(c["type"], "company");
    assert!(c["aliases"].as_array().unwrap().contains(&json!("远岫公司")), "{c}");
    let ex = &c["examples"][0];
    let raw = fx.read("corpus/a.txt");
    let (s, e) = (
        ex["start"].as_u64().unwrap() as usize,
        ex["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(std::str::from_utf8(&raw[s..e]).unwrap(), "江苏远岫精密机械有限公司");
    // --tsv rows load as a dictionary.
    let run = fx.run(&["discover", "corpus", "--dict", "dict", "--tsv"]);
    assert!(
        run.stdout.starts_with("id\ttype\tname\taliases\tattributes\n"),
        "{}",
        run.stdout
    );
    fx.write("more/found.tsv", &run.stdout);
    let run = fx.run(&["dict", "check", "--dict", "more", "--rules", "dict"]);
    assert_eq!(run.code, 0, "{run:?}");
    // build --discover adds them as nodes marked discovered, with their figures.
    let run = fx.run(&["build", "corpus", "--dict", "dict", "--discover", "--out", "out", "-q"]);
    assert_eq!((run.code, run.stderr.as_str()), (0, ""), "{run:?}");
    let graph = fx.graph("out");
    let project = graph["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|n| n["label"] == "远岫精密轴承项目")
        .unwrap();
    assert_eq!(project["attributes"]["source"], "discovered");
    assert_eq!(project["figures"]["investment_cny"], json!(800000000.0));
}

/// Labels of the nodes marked `source=discovered`, and the graph's
/// recorded `discover` option.
fn discovered(fx: &Fixture, out: &str) -> (Vec<String>, Value) {
    let graph = fx.graph(out);
    let labels = graph["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|n| n["attributes"]["source"] == "discovered")
        .map(|n| n["label"].as_str().unwrap().to_string())
        .collect();
    (labels, graph["graph"]["options"]["discover"].clone())
}

/// `build corpus --out out -q` with `extra` arguments, which must succeed
/// quietly; then what [`discovered`] reads from its graph.
fn build_discovered(fx: &Fixture, extra: &[&str]) -> (Vec<String>, Value) {
    let mut args = vec!["build", "corpus", "--out", "out", "-q"];
    args.extend_from_slice(extra);
    let run = fx.run(&args);
    assert_eq!((run.code, run.stderr.as_str()), (0, ""), "{extra:?}: {run:?}");
    discovered(fx, "out")
}

#[test]
fn build_discovers_with_the_bundled_dictionaries_unless_told_otherwise() {
    let fx = Fixture::with_dict();
    let text = "江苏远岫精密机械有限公司总投资8亿元的远岫精密轴承项目签约落户临开。";
    fx.write("corpus/a.txt", text);
    let firm = "江苏远岫精密机械有限公司".to_string();
    // (arguments, discovered, recorded confidence cut)
    let cases: [(&[&str], bool, Value); 5] = [
        (&[], true, json!(0.6)),
        (&["--no-discover"], false, Value::Null),
        (&["--dict", "dict"], false, Value::Null),
        (&["--dict", "dict", "--discover"], true, json!(0.6)),
        (&["--discover-min-confidence", "0.95"], false, json!(0.95)),
    ];
    for (extra, want, cut) in cases {
        let (labels, recorded) = build_discovered(&fx, extra);
        assert_eq!(labels.contains(&firm), want, "{extra:?}: {labels:?}");
        assert_eq!(recorded, cut, "{extra:?}");
    }
    // A cut for a run that discovers nothing is a mistake, said before any work.
    let run = fx.run(&[
        "build",
        "corpus",
        "--dict",
        "dict",
        "--discover-min-confidence",
        "0.7",
        "--out",
        "cut",
    ]);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(run.stderr.contains("nothing is discovered"), "{}", run.stderr);
    assert!(!fx.path("cut/graph.json").exists());
}

/// Regression: the discovery pass read documents outside `--since`/`--until`,
/// so a name seen once in the window was counted as repeated and kept.
#[test]
fn discovery_sees_only_the_documents_in_the_date_window() {
    let fx = Fixture::with_dict();
    // A weak zone word: kept when seen twice, under the cut when seen once.
    fx.write("corpus/2023-05-01_a.txt", "临川湾新区今年引进企业。");
    fx.write("corpus/2024-05-01_b.txt", "临川湾新区成立。");
    let zone = "临川湾新区".to_string();
    for (extra, want) in [(&[][..], true), (&["--since", "2024-01-01"][..], false)] {
        let (labels, _) = build_discovered(&fx, extra);
        assert_eq!(labels.contains(&zone), want, "{extra:?}: {labels:?}");
    }
}

/// Regression: `build - --discover` read standard input in the discovery
/// pass and found it empty in the build pass, so it wrote an empty graph.
#[test]
fn build_discovers_from_standard_input_as_from_a_file() {
    let fx = Fixture::new();
    let line =
        "{\"id\": \"d1\", \"text\": \"江苏远岫精密机械有限公司落户临江开发区。江苏远岫精密机械有限公司扩产。\"}\n";
    fx.write("news.jsonl", line);
    let from_file = fx.run(&["build", "news.jsonl", "--discover", "--out", "file", "-q"]);
    assert_eq!(from_file.code, 0, "{from_file:?}");
    let from_stdin = fx.run_with_stdin(&["build", "-", "--discover", "--out", "stdin", "-q"], line);
    assert_eq!((from_stdin.code, from_stdin.stderr.as_str()), (0, ""), "{from_stdin:?}");
    let (labels, _) = discovered(&fx, "stdin");
    assert_eq!(labels, vec!["江苏远岫精密机械有限公司".to_string()]);
    assert_eq!(fx.graph("stdin")["nodes"], fx.graph("file")["nodes"]);
    assert_eq!(fx.mentions("stdin").len(), 2);
}

#[test]
fn export_subgraph_and_analytics() {
    let fx = built_news();
    let g = ["--graph", "out/graph.json"];
    let run_ok = |args: &[&str]| {
        let mut all = args.to_vec();
        all.extend_from_slice(&g);
        let run = fx.run(&all);
        assert_eq!((run.code, run.stderr.as_str()), (0, ""), "{args:?}: {run:?}");
        run.stdout
    };
    // export to stdout in each text format, filtered.
    let json: Value =
        serde_json::from_str(&run_ok(&["export", "--relation", "co_occurs", "--min-weight", "2"])).unwrap();
    let ids = node_ids(&json);
    // Weight >= 2: biomed–beichen (2), biomed–zone (3), beichen–zone (3).
    assert_eq!(ids, ["cluster:biomed", "company:beichen", "zone:linjiang-edz"]);
    assert!(
        json["edges"]
            .as_array()
            .unwrap()
            .iter()
            .all(|e| e["weight"].as_f64().unwrap() >= 2.0)
    );
    assert!(run_ok(&["export", "--format", "gexf"]).contains("<gexf"));
    assert!(run_ok(&["export", "--format", "graphml", "--type", "zone"]).contains("zone:linjiang-edz"));
    assert!(run_ok(&["export", "--format", "dot", "--top", "2", "--by", "pagerank"]).starts_with("digraph"));
    // csv goes to a folder, and needs one.
    run_ok(&["export", "--format", "csv", "--out", "neo4j"]);
    assert_eq!(fx.entries("neo4j"), ["load.cypher", "nodes.csv", "relationships.csv"]);
    let run = fx.run(&["export", "--format", "csv", "--graph", "out/graph.json"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("give --out FOLDER"), "{}", run.stderr);
    // The format follows the file extension.
    run_ok(&["export", "--out", "x.graphml"]);
    assert!(fx.read_string("x.graphml").starts_with("<?xml"));
    // subgraph: the ego network.
    let ego: Value = serde_json::from_str(&run_ok(&["subgraph", "云帆H级燃机项目", "--depth", "1"])).unwrap();
    assert!(node_ids(&ego).contains(&"company:yunfan".to_string()));
    // top, communities, path.
    let top: Value = serde_json::from_str(&run_ok(&["top", "--by", "weighted-degree", "-n", "2", "--json"])).unwrap();
    assert_eq!(top["ranking"].as_array().unwrap().len(), 2);
    let tsv = run_ok(&["top", "--by", "degree", "--tsv"]);
    assert!(tsv.starts_with("rank\tdegree\ttype\tname\tid\n"), "{tsv}");
    let com: Value = serde_json::from_str(&run_ok(&["communities", "--json"])).unwrap();
    let members: usize = com["communities"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c.as_array().unwrap().len())
        .sum();
    assert_eq!(members, 5);
    // Every node carries its community from the build.
    assert!(
        fx.graph("out")["nodes"]
            .as_array()
            .unwrap()
            .iter()
            .all(|n| n["attributes"]["community"].is_u64())
    );
    let path = run_ok(&["path", "云帆H级燃机项目", "北辰新材"]);
    assert!(path.starts_with("path 1 (2 hops)"), "{path}");
    let run = fx.run(&["top", "--by", "fame", "--graph", "out/graph.json"]);
    assert_eq!(run.code, 2);
}

#[test]
fn render_draws_with_graphviz_or_says_how_to_install_it() {
    let fx = built_news();
    let run = fx.run(&["render", "--graph", "out/graph.json", "--out", "g.svg"]);
    let have_graphviz = std::process::Command::new("dot").arg("-V").output().is_ok();
    if have_graphviz {
        assert_eq!(run.code, 0, "{run:?}");
        assert!(fx.read_string("g.svg").contains("<svg"));
    } else {
        assert_eq!(run.code, 2);
        assert!(run.stderr.contains("apt-get install graphviz"), "{}", run.stderr);
    }
    // Without Graphviz on the PATH, the message says how to install it.
    let run = std::process::Command::new(assert_cmd::cargo::cargo_bin("zonegraph"))
        .args(["render", "--graph", "out/graph.json", "--out", "h.svg"])
        .current_dir(fx.root())
        .env("PATH", "/nonexistent")
        .output()
        .unwrap();
    assert_eq!(run.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(stderr.contains("not found; install Graphviz"), "{stderr}");
    assert!(!fx.path("h.svg").exists());
}

#[test]
fn cooccurrence_units_and_weights() {
    let fx = Fixture::with_dict();
    // Two paragraphs: 云帆 and 北辰 share the first paragraph but no sentence.
    fx.write("corpus/a.txt", "云帆重工扩产。北辰新材签约。\n\n临开发布规划。");
    let weight = |extra: &[&str]| {
        let out = format!("o{}", extra.join("_").replace([':', '-'], ""));
        let run = fx.build(&["corpus"], &out, extra);
        assert_eq!(run.code, 0, "{run:?}");
        edge(&fx.graph(&out), "company:beichen", "co_occurs", "company:yunfan")
            .map(|e| (e["weight"].clone(), e["count"].clone()))
    };
    assert_eq!(weight(&[]), None);
    assert_eq!(weight(&["--unit", "paragraph"]), Some((json!(1.0), json!(1))));
    assert_eq!(
        weight(&["--unit", "document", "--weight", "jaccard"]),
        Some((json!(1.0), json!(1)))
    );
    assert_eq!(weight(&["--unit", "window:10"]), Some((json!(1.0), json!(1))));
    assert_eq!(weight(&["--unit", "window:3"]), None);
    let run = fx.build(&["corpus"], "bad", &["--unit", "page"]);
    assert_eq!(run.code, 2);
}

#[test]
fn same_bytes_whatever_the_threads_and_the_input_order() {
    let fx = Fixture::with_dict();
    news_corpus(&fx);
    fx.write("more/e.txt", "临开与北辰新材签约，云帆重工同期投产。");
    fx.build_ok(&["corpus", "more", "--threads", "1"], "one");
    fx.build_ok(&["more", "corpus", "--threads", "2"], "two");
    fx.assert_same_outputs("one", "two", "between the two runs");
}

#[test]
fn many_batches_merge_in_input_order() {
    // More documents than one analysis batch holds (256), so the merge of one
    // batch overlaps the analysis of the next.
    let fx = Fixture::with_dict();
    let lines: String = (0..700)
        .map(|i| {
            let text = match i % 3 {
                0 => "临开与云帆重工签约，北辰新材同期投产。",
                1 => "云帆重工落户临江开发区。",
                _ => "北辰新材在临开建设新项目。",
            };
            format!("{{\"id\": \"n{i:04}\", \"text\": \"第{i}条。{text}\"}}\n")
        })
        .collect();
    fx.write("corpus/news.jsonl", lines);
    fx.build_ok(&["corpus", "--threads", "1"], "one");
    fx.build_ok(&["corpus", "--threads", "2"], "two");
    fx.assert_same_outputs("one", "two", "between the two runs");
    let docs: Vec<String> = fx
        .mentions("two")
        .iter()
        .map(|m| m["doc"].as_str().expect("doc").to_string())
        .collect();
    assert!(docs.windows(2).all(|w| w[0] <= w[1]), "mentions.jsonl in input order");
    assert_eq!(docs.first().map(String::as_str), Some("n0000"));
    assert_eq!(docs.last().map(String::as_str), Some("n0699"));
    assert_eq!(fx.graph("two")["graph"]["corpus"]["documents"], json!(700));
}

#[test]
fn max_docs_caps_the_list_not_the_count() {
    let fx = Fixture::with_dict();
    for (i, day) in ["a", "b", "c"].iter().enumerate() {
        fx.write(&format!("corpus/{day}.txt"), format!("第{i}天，临开与云帆重工签约。"));
    }
    fx.build_ok(&["corpus"], "all");
    let run = fx.build(&["corpus"], "capped", &["--max-docs", "2"]);
    assert_eq!(run.code, 0, "{run:?}");
    let graphs = (fx.graph("all"), fx.graph("capped"));
    let edge_of = |g: &Value| -> Value {
        g["edges"]
            .as_array()
            .expect("edges")
            .iter()
            .find(|e| e["relation"] == "co_occurs")
            .expect("a co_occurs edge")
            .clone()
    };
    let (all, capped) = (edge_of(&graphs.0), edge_of(&graphs.1));
    assert_eq!(all["docs"], json!(["a.txt", "b.txt", "c.txt"]));
    assert_eq!(all["doc_count"], json!(3));
    assert_eq!(capped["docs"], json!(["a.txt", "b.txt"]));
    assert_eq!(capped["doc_count"], json!(3));
    assert_eq!(capped["count"], all["count"]);
}

#[test]
fn no_rules_and_no_figures_leave_co_occurrence_only() {
    let fx = Fixture::with_dict();
    fx.write("dict/rules.toml", RULES_TOML);
    fx.write(
        "corpus/a.txt",
        "以云帆重工、北辰新材为代表的生物医药产业集群加快成长。云帆H级燃机项目总投资50亿元。",
    );
    fx.build_ok(&["corpus"], "full");
    let full = fx.graph("full");
    let relations = |g: &Value| -> Vec<String> {
        let mut r: Vec<String> = g["edges"]
            .as_array()
            .expect("edges")
            .iter()
            .map(|e| e["relation"].as_str().expect("relation").to_string())
            .collect();
        r.sort();
        r.dedup();
        r
    };
    let facts = |g: &Value| -> usize {
        g["nodes"]
            .as_array()
            .expect("nodes")
            .iter()
            .map(|n| n["facts"].as_array().map_or(0, Vec::len))
            .sum()
    };
    assert!(
        relations(&full).iter().any(|r| r != "co_occurs"),
        "{:?}",
        relations(&full)
    );
    assert!(facts(&full) > 0, "the full build reads the investment");
    let run = fx.build(&["corpus"], "lean", &["--no-rules", "--no-figures"]);
    assert_eq!(run.code, 0, "{run:?}");
    let lean = fx.graph("lean");
    // Only co-occurrence and the dictionary's curated relations are left.
    let origins: Vec<&str> = lean["edges"]
        .as_array()
        .expect("edges")
        .iter()
        .map(|e| e["origin"].as_str().expect("origin"))
        .collect();
    assert!(
        origins.iter().all(|o| ["cooccurrence", "dictionary"].contains(o)),
        "{origins:?}"
    );
    assert!(
        relations(&full).contains(&"member_of".to_string()),
        "{:?}",
        relations(&full)
    );
    assert!(!relations(&lean).contains(&"member_of".to_string()));
    assert_eq!(facts(&lean), 0);
    assert_eq!(lean["graph"]["options"]["rules"], json!(false));
    // The co-occurrence edges are the same either way.
    let co = |g: &Value| -> Vec<Value> {
        g["edges"]
            .as_array()
            .expect("edges")
            .iter()
            .filter(|e| e["relation"] == "co_occurs")
            .cloned()
            .collect()
    };
    assert_eq!(co(&full), co(&lean));
}

#[test]
fn max_facts_caps_the_list_not_the_latest_figure() {
    let fx = Fixture::with_dict();
    // Three dated articles; the latest (by date, not by file order) says 70亿元.
    for (file, amount) in [
        ("2021-05-01_a.txt", 40),
        ("2023-05-01_b.txt", 70),
        ("2022-05-01_c.txt", 50),
    ] {
        fx.write(
            &format!("corpus/{file}"),
            format!("云帆H级燃机项目总投资{amount}亿元。"),
        );
    }
    let run = fx.build(&["corpus"], "capped", &["--max-facts", "1"]);
    assert_eq!(run.code, 0, "{run:?}");
    fx.build_ok(&["corpus"], "all");
    let node = |out: &str| -> Value {
        fx.graph(out)["nodes"]
            .as_array()
            .expect("nodes")
            .iter()
            .find(|n| n["id"] == "project:yunfan-h")
            .expect("the project")
            .clone()
    };
    let (all, capped) = (node("all"), node("capped"));
    assert_eq!(all["facts"].as_array().map(Vec::len), Some(3));
    assert_eq!(capped["facts"].as_array().map(Vec::len), Some(1));
    assert_eq!(capped["facts"][0]["doc"], json!("2021-05-01_a.txt"));
    assert_eq!(all["figures"]["investment_cny"], json!(7.0e9));
    assert_eq!(capped["figures"], all["figures"]);
}

#[cfg(unix)]
#[test]
fn symlink_loop_and_dangling_link_are_named_and_the_rest_is_read() {
    let fx = Fixture::with_dict();
    fx.write("corpus/a.txt", "临开与云帆重工签约。");
    // corpus/loop/back -> corpus: walking it would never end.
    std::fs::create_dir_all(fx.path("corpus/loop")).expect("mkdir");
    std::os::unix::fs::symlink(fx.path("corpus"), fx.path("corpus/loop/back")).expect("symlink");
    // A link to nothing: the file cannot be opened.
    std::os::unix::fs::symlink(fx.path("nowhere.txt"), fx.path("corpus/gone.txt")).expect("symlink");
    let run = fx.build(&["corpus"], "out", &[]);
    assert_eq!(run.code, 1, "{run:?}");
    assert!(run.stderr.contains("corpus/loop/back"), "{}", run.stderr);
    assert!(run.stderr.contains("loop"), "{}", run.stderr);
    assert!(run.stderr.contains("corpus/gone.txt"), "{}", run.stderr);
    assert_eq!(fx.graph("out")["graph"]["corpus"]["documents"], json!(1));
    assert_eq!(fx.mentions("out").len(), 2);
    assert_eq!(fx.temp_files("out"), Vec::<String>::new());
}

/// The surface form of each mention, in order.
fn surfaces(mentions: &[Value]) -> Vec<&str> {
    mentions
        .iter()
        .map(|m| m["surface"].as_str().expect("surface"))
        .collect()
}

#[test]
fn truncated_html_keeps_what_was_written() {
    let fx = Fixture::with_dict();
    // Cut off inside a tag, with unclosed elements and an unfinished entity.
    let html = "<html><body><p>临开与云帆重工签约&amp;合作。<p>北辰新材在临开建设&am<di";
    fx.write("corpus/cut.html", html);
    let run = fx.build(&["corpus"], "out", &[]);
    assert_eq!((run.code, run.stderr.as_str()), (0, ""), "{run:?}");
    let mentions = fx.mentions("out");
    let surfaces = surfaces(&mentions);
    assert_eq!(surfaces, ["临开", "云帆重工", "北辰新材", "临开"]);
    for m in &mentions {
        let (a, b) = (
            m["start"].as_u64().expect("start") as usize,
            m["end"].as_u64().expect("end") as usize,
        );
        assert_eq!(&html[a..b], m["surface"].as_str().expect("surface"));
    }
}

#[test]
fn a_single_100_mb_line_is_read_with_its_offsets() {
    let fx = Fixture::with_dict();
    // 100 MB of one line: filler, then a sentence with two names at the end.
    let filler = "园区道路养护作业持续进行".repeat(100 << 20 >> 5);
    let tail = "临开与云帆重工签约。";
    let text = format!("{filler}{tail}");
    assert!(text.len() >= 100 << 20 && !text.contains('\n'));
    fx.write("corpus/long.txt", &text);
    let run = fx.build(&["corpus"], "out", &[]);
    assert_eq!((run.code, run.stderr.as_str()), (0, ""), "{run:?}");
    let mentions = fx.mentions("out");
    let surfaces = surfaces(&mentions);
    assert_eq!(surfaces, ["临开", "云帆重工"]);
    let start = mentions[0]["start"].as_u64().expect("start") as usize;
    assert_eq!(start, filler.len());
    assert_eq!(&text.as_bytes()[start..start + "临开".len()], "临开".as_bytes());
}

#[test]
fn formats_choose_the_files_besides_graph_json() {
    let fx = Fixture::with_dict();
    news_corpus(&fx);
    fx.build_ok(&["corpus"], "all");
    let run = fx.build(&["corpus"], "some", &["--formats", "graphml,mentions"]);
    assert_eq!((run.code, run.stderr.as_str()), (0, ""), "{run:?}");
    assert_eq!(fx.entries("some"), ["graph.graphml", "graph.json", "mentions.jsonl"]);
    for file in ["graph.json", "graph.graphml", "mentions.jsonl"] {
        assert!(
            fx.read(&format!("all/{file}")) == fx.read(&format!("some/{file}")),
            "{file} differs"
        );
    }
    let run = fx.build(&["corpus"], "none", &["--formats", "none"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(fx.entries("none"), ["graph.json"]);
    // Without mentions.jsonl no mention's record is made; the graph, with
    // its mention counts, is the same.
    assert!(
        fx.read("all/graph.json") == fx.read("none/graph.json"),
        "graph.json differs"
    );
    let run = fx.build(&["corpus"], "bad", &["--formats", "graphml,pdf"]);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(run.stderr.contains("\"pdf\""), "{}", run.stderr);
    assert!(fx.entries("bad").is_empty(), "nothing written: {:?}", fx.entries("bad"));
}

#[test]
fn gbk_utf16_and_bom_files_keep_offsets_into_their_bytes() {
    let fx = Fixture::with_dict();
    let text = "临开与云帆重工签约，北辰新材同期投产。";
    let (gbk, _, _) = encoding_rs::GBK.encode(text);
    fx.write("corpus/gbk.txt", &gbk);
    let mut utf16 = vec![0xFF, 0xFE];
    utf16.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    fx.write("corpus/utf16.txt", &utf16);
    fx.write("corpus/bom.txt", format!("\u{feff}{text}\r\n"));
    let run = fx.build(&["corpus"], "out", &[]);
    assert_eq!(run.code, 0, "{run:?}");
    let graph = fx.graph("out");
    assert_eq!(graph["graph"]["corpus"]["decoded"]["corpus/gbk.txt"], json!("GBK"));
    assert_eq!(
        graph["graph"]["corpus"]["decoded"]["corpus/utf16.txt"],
        json!("UTF-16LE")
    );
    for m in fx.mentions("out") {
        let doc = m["doc"].as_str().unwrap();
        let raw = fx.read(&format!("corpus/{doc}"));
        let (s, e) = (
            m["start"].as_u64().unwrap() as usize,
            m["end"].as_u64().unwrap() as usize,
        );
        let enc = match doc {
            "gbk.txt" => encoding_rs::GBK,
            "utf16.txt" => encoding_rs::UTF_16LE,
            _ => encoding_rs::UTF_8,
        };
        let (surface, _) = enc.decode_without_bom_handling(&raw[s..e]);
        assert_eq!(surface, m["surface"].as_str().unwrap(), "{m}");
    }
    assert_eq!(fx.mentions("out").len(), 9);
}

#[test]
fn binary_and_oversized_files_are_named_and_skipped() {
    let fx = Fixture::with_dict();
    fx.write("corpus/a.txt", "临开与云帆重工签约。");
    fx.write("corpus/blob.txt", b"\x7fELF\x02\x01\x01\x00\x00\x00binary");
    fx.write("corpus/big.txt", "临开".repeat(100));
    let run = fx.build(&["corpus"], "out", &["--max-doc-bytes", "100"]);
    assert_eq!(run.code, 1, "{run:?}");
    assert!(
        run.stderr.contains("corpus/blob.txt: binary file (NUL bytes); skipped"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains("corpus/big.txt: document is 600 bytes, over the limit of 100"),
        "{}",
        run.stderr
    );
    assert_eq!(fx.graph("out")["graph"]["corpus"]["documents"], json!(1));
    // A wrong forced encoding names the file and the byte.
    let run = fx.build(&["corpus/a.txt"], "forced", &["--encoding", "utf-16be"]);
    assert_eq!(run.code, 0, "UTF-16BE decodes any even-length bytes: {run:?}");
    let run = fx.build(&["corpus/a.txt"], "bad", &["--encoding", "klingon"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("--encoding \"klingon\" is not an encoding name"),
        "{}",
        run.stderr
    );
}

/// `--no-sync` only skips the wait for the disk: the same files, whole and
/// renamed into place with no temporary left, whether the flag comes before
/// the subcommand or after it, and over an earlier build's files.
#[test]
fn no_sync_writes_the_same_files() {
    let fx = Fixture::with_dict();
    news_corpus(&fx);
    fx.build_ok(&["corpus"], "synced");
    for _ in 0..2 {
        let run = fx.build(&["corpus"], "unsynced", &["--no-sync"]);
        assert_eq!((run.code, run.stderr.as_str()), (0, ""), "{run:?}");
    }
    fx.assert_same_outputs("synced", "unsynced", "with --no-sync");
    assert_eq!(fx.temp_files("unsynced"), Vec::<String>::new());
    let run = fx.run(&[
        "--no-sync",
        "export",
        "--graph",
        "unsynced/graph.json",
        "--format",
        "graphml",
        "--out",
        "kg.graphml",
    ]);
    assert_eq!(run.code, 0, "{run:?}");
    let run = fx.run(&[
        "export",
        "--graph",
        "synced/graph.json",
        "--format",
        "graphml",
        "--out",
        "kg-synced.graphml",
    ]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(fx.read("kg.graphml") == fx.read("kg-synced.graphml"));
    assert_eq!(fx.temp_files("."), Vec::<String>::new());
}

// ---------------------------------------------------------------------------
// Compiled matchers: `zonegraph dict compile`
// ---------------------------------------------------------------------------

/// A build that loads the compiled matcher writes the same bytes as one
/// that builds the automaton from the dictionary, and an edited dictionary
/// makes the run warn once and still find the new name.
#[test]
fn compiled_matcher_gives_the_same_graph_and_goes_stale_on_edit() {
    let fx = Fixture::with_dict();
    news_corpus(&fx);
    let run = fx.run(&["dict", "compile", "dict", "--rules", "dict"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(
        run.stderr
            .starts_with("zonegraph: compiled 5 entities from 2 files into dict/compiled.zgm ("),
        "{}",
        run.stderr
    );
    assert!(fx.path("dict/compiled.zgm").is_file());
    assert_eq!(fx.temp_files("dict"), Vec::<String>::new());

    // Found on its own (dict/compiled.zgm), silently; and ignored on request.
    fx.build_ok(&["corpus"], "with");
    let run = fx.build(&["corpus"], "without", &["--no-compiled"]);
    assert_eq!((run.code, run.stderr.as_str()), (0, ""), "{run:?}");
    fx.assert_same_outputs("with", "without", "with the compiled matcher");
    assert!(!node_ids(&fx.graph("with")).is_empty());

    // An edit after the compile: one warning naming the file, the right result.
    let edited = format!("{ENTITIES_TSV}company:nanhu\tcompany\t南湖光电股份有限公司\t南湖光电\t\n");
    fx.write("dict/entities.tsv", &edited);
    fx.write("corpus/new.txt", "南湖光电落户临江经济开发区。");
    let run = fx.build(&["corpus"], "stale", &[]);
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(
        run.stderr,
        "zonegraph: warning: dict/compiled.zgm: compiled matcher is out of date: entities.tsv changed since it was compiled; \
         building the matcher from the dictionaries instead (run `zonegraph dict compile` to refresh it)\n"
    );
    let run = fx.build(&["corpus"], "fresh", &["--no-compiled"]);
    assert_eq!((run.code, run.stderr.as_str()), (0, ""), "{run:?}");
    assert!(node_ids(&fx.graph("stale")).contains(&"company:nanhu".to_string()));
    assert!(fx.read("stale/graph.json") == fx.read("fresh/graph.json"));

    // Compiled again, it is used again.
    let run = fx.run(&["dict", "compile", "dict", "--rules", "dict"]);
    assert_eq!(run.code, 0, "{run:?}");
    fx.build_ok(&["corpus"], "recompiled");
    assert!(fx.read("recompiled/graph.json") == fx.read("fresh/graph.json"));
}

/// Every engine gives the same graph; a compiled matcher of another engine
/// than the run asks for is not used, with one warning saying so.
#[test]
fn engines_give_the_same_graph_and_a_compiled_one_must_match_the_engine() {
    let fx = Fixture::with_dict();
    news_corpus(&fx);
    fx.build_ok(&["corpus"], "crawdad");
    for engine in ["daachorse", "aho-corasick"] {
        let run = fx.build(&["corpus"], engine, &["--engine", engine]);
        assert_eq!((run.code, run.stderr.as_str()), (0, ""), "{run:?}");
        fx.assert_same_outputs("crawdad", engine, engine);
    }
    let run = fx.build(&["corpus"], "nope", &["--engine", "regex"]);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(
        run.stderr.contains("invalid value 'regex' for '--engine <ENGINE>'"),
        "{}",
        run.stderr
    );

    let run = fx.run(&["dict", "compile", "dict", "--rules", "dict", "--engine", "daachorse"]);
    assert_eq!(run.code, 0, "{run:?}");
    let run = fx.build(&["corpus"], "compiled-daachorse", &["--engine", "daachorse"]);
    assert_eq!((run.code, run.stderr.as_str()), (0, ""), "{run:?}");
    fx.assert_same_outputs("crawdad", "compiled-daachorse", "a compiled daachorse matcher");
    let run = fx.build(&["corpus"], "asks-crawdad", &[]);
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(
        run.stderr,
        "zonegraph: warning: dict/compiled.zgm: compiled matcher is out of date: holds a daachorse matcher and this run asks for crawdad; \
         building the matcher from the dictionaries instead (run `zonegraph dict compile` to refresh it)\n"
    );
    fx.assert_same_outputs("crawdad", "asks-crawdad", "the matcher built instead");
}

#[test]
fn damaged_compiled_matcher_warns_and_builds_from_the_dictionary() {
    let fx = Fixture::with_dict();
    fx.write("corpus/t.txt", "云帆重工与北辰新材在临开签约。");
    fx.build_ok(&["corpus"], "plain");
    let run = fx.run(&["dict", "compile", "dict", "--rules", "dict", "--out", "elsewhere.zgm"]);
    assert_eq!(run.code, 0, "{run:?}");
    let mut bytes = fx.read("elsewhere.zgm");
    let last = bytes.len() - 1;
    bytes[last] ^= 1;
    fx.write("elsewhere.zgm", &bytes);
    let run = fx.build(&["corpus"], "damaged", &["--compiled", "elsewhere.zgm"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(
        run.stderr,
        "zonegraph: warning: elsewhere.zgm: compiled matcher: the automaton does not match its SHA-256: the file is damaged; \
         building the matcher from the dictionaries instead (run `zonegraph dict compile` to refresh it)\n"
    );
    assert!(fx.read("damaged/graph.json") == fx.read("plain/graph.json"));

    fx.write("junk.zgm", "not a matcher");
    let run = fx.build(&["corpus"], "junk", &["--compiled", "junk.zgm"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(
        run.stderr
            .contains("junk.zgm: compiled matcher: not a compiled zonegraph matcher"),
        "{}",
        run.stderr
    );

    let run = fx.build(&["corpus"], "missing", &["--compiled", "nowhere.zgm"]);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(
        run.stderr.contains("--compiled nowhere.zgm: no such file"),
        "{}",
        run.stderr
    );
}

/// Regression: an edge seen first on `2023-05-01` and then on `2023` (earlier,
/// and a shorter string) with full lists made the memory budget's count go
/// below zero, and a debug build panicked (exit 101).
#[test]
fn an_earlier_shorter_date_on_a_full_edge_builds() {
    let fx = Fixture::with_dict();
    fx.write(
        "corpus/news.jsonl",
        "{\"id\": \"a\", \"date\": \"2023-05-01\", \"text\": \"云帆重工与北辰新材达成合作。\"}\n\
         {\"id\": \"b\", \"date\": \"2023\", \"text\": \"云帆重工与北辰新材再次合作。\"}\n",
    );
    for memory in ["none", "1"] {
        let run = fx.build(
            &["corpus"],
            &format!("out-{memory}"),
            &["--max-docs", "1", "--max-evidence", "1", "--memory", memory],
        );
        assert_eq!(run.code, 0, "{run:?}");
        let graph = fx.graph(&format!("out-{memory}"));
        let e = common::edge(&graph, "company:beichen", "co_occurs", "company:yunfan")
            .or_else(|| common::edge(&graph, "company:yunfan", "co_occurs", "company:beichen"))
            .expect("the pair co-occurs");
        assert_eq!(
            (e["first_seen"].as_str(), e["last_seen"].as_str()),
            (Some("2023"), Some("2023-05-01"))
        );
        assert_eq!(e["doc_count"], 2);
    }
}
