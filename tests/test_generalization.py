"""The unlabelled corpus, hand-labelled by a second coder (tests/corpus/unlabelled/gold-*.json):
a build of articles the normalizers were not tuned on, scored as score.py scores a release."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

from conftest import ROOT, UNLABELLED

from pipeline.build import run_build

SCORE = ROOT / "tests" / "tools" / "score.py"


def test_unlabelled_corpus_scores_at_least_95_percent(tmp_path: Path):
    spec = importlib.util.spec_from_file_location("score", SCORE)
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    result = run_build(UNLABELLED, tmp_path / "out", max_reject_share=1.0)
    events = {Path(e["source_file"]).name: e for e in score.read_events(Path(result.path))}
    gold = [e for p in sorted(UNLABELLED.glob("gold-*.json")) for e in json.loads(p.read_text())]
    assert len(gold) == 40
    total, count, misses = 0.0, 0, []
    for entry in gold:
        event = events[entry["file"]]
        for field in score.FIELDS:
            if field in entry and field not in entry.get("skip", []):
                value = score.field_score(field, event.get(field), entry[field])
                total += value
                count += 1
                if value < 1:
                    misses.append((entry["file"], field, event.get(field), entry[field]))
    assert total / count >= 0.95, misses
