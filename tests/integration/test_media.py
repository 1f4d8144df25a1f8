"""Clips an editor can use: media facts, signed links, downloads (files and HLS), covers —
through the simulator's media APIs and playback domain, with and without Key protection."""

from __future__ import annotations

import math
import threading
import time
from pathlib import Path

import pytest
import requests

from tests.conftest import sim_connection, wait_for
from tests.engine_harness import fast_config
from vodmonitor.cloud import CloudError, Secret, VodApi
from vodmonitor.engine import Engine
from vodmonitor.ledgers.sqlite import Store
from vodmonitor.media.download import (
    DownloadError,
    DownloadProblem,
    download_file,
    fetch_image,
    free_name,
    safe_file_name,
)
from vodmonitor.media.enrich import domain_keys
from vodmonitor.media.hls import download_hls
from vodmonitor.media.signed_links import LinkSigner, sign_url
from vodmonitor.simulator import Simulator
from vodmonitor.simulator.media import SEGMENTS, SimMedia, segment_bytes, synthetic_bytes

KEY = "hotlinkKey2026"


def clip_url(sim: Simulator, **kw: bool) -> tuple[str, str]:
    payload = sim.enqueue_clips(1, failed=False, **kw)[0]["ClipCompleteEvent"]
    return payload["FileInfo"]["FileUrl"], payload["FileInfo"]["FileId"]


# --- media facts -------------------------------------------------------------------------------
def test_describe_media_infos_names_files_and_says_which_are_gone(sim: Simulator) -> None:
    payload = sim.enqueue_clips(1, failed=False)[0]["ClipCompleteEvent"]
    out_id, src_id = payload["FileInfo"]["FileId"], payload["SrcFileId"]
    sim.library.delete(src_id)
    api = VodApi(sim_connection(sim))
    answer = api.describe_media_infos([out_id, src_id], ["basicInfo", "metaData"])
    assert [i["FileId"] for i in answer["MediaInfoSet"]] == [out_id]
    assert answer["MediaInfoSet"][0]["BasicInfo"]["Name"].endswith(out_id[-4:])
    assert answer["NotExistFileIdSet"] == [src_id]
    with pytest.raises(CloudError):
        api.describe_media_infos([str(n) for n in range(21)], ["basicInfo"])


def test_enrichment_fills_1000_clips_in_about_ids_over_20_calls(
    sim: Simulator, tmp_path: Path
) -> None:
    sim.enqueue_clips(1000)
    gone = sim.enqueue_clips(3, failed=False)
    for payload in gone:
        sim.library.delete(payload["ClipCompleteEvent"]["FileInfo"]["FileId"])
    db = tmp_path / "e.sqlite3"
    engine = Engine(db, sim_connection(sim), fast_config(), media_factory=VodApi)
    engine.start()
    store = Store(db, readonly=True)
    try:

        def described() -> bool:
            pending = store._db.execute(
                "SELECT count(*) FROM events WHERE event_type = 'ClipComplete' AND "
                "((file_id != '' AND media_at IS NULL) OR source_at IS NULL)"
            ).fetchone()[0]
            return store.counts().total == 1003 and pending == 0

        wait_for(described, timeout=60)
        files = store._db.execute("SELECT count(*) FROM media").fetchone()[0]
        calls = sim.stats["calls.DescribeMediaInfos"]
        assert files <= 2006 and calls <= math.ceil(files / 20) + 5, (files, calls)
        rows = {e.file_id: e for e in store.get(list(range(1, 1004))).values()}
        deleted = rows[gone[0]["ClipCompleteEvent"]["FileInfo"]["FileId"]]
        assert deleted.media_note == "deleted" and deleted.source_name
        named = next(e for e in rows.values() if e.file_id and e.media_note == "")
        assert named.clip_name and named.source_name and named.duration and named.size
    finally:
        store.close()
        engine.stop()


def test_a_key_without_the_right_is_shown_per_row_and_blocks_nothing(
    sim: Simulator, tmp_path: Path
) -> None:
    sim.library.infos_denied = True
    sim.enqueue_clips(5, failed=False)
    db = tmp_path / "e.sqlite3"
    engine = Engine(db, sim_connection(sim), fast_config(undo_s=0), media_factory=VodApi)
    engine.start()
    store = Store(db, readonly=True)
    try:
        wait_for(
            lambda: {e.media_note for e in store.get(list(range(1, 6))).values()} == {"denied"}
        )
        engine.acknowledge(list(range(1, 6)))  # the rest goes on as ever
        wait_for(lambda: sum(sim.queue.confirmations().values()) == 5)
    finally:
        store.close()
        engine.stop()


# --- signed links --------------------------------------------------------------------------------
def test_the_protected_domain_takes_only_correctly_signed_links(sim: Simulator) -> None:
    url, _ = clip_url(sim)
    sim.library.key = KEY
    future = time.time() + 3600
    assert requests.get(url, timeout=5).status_code == 403  # unsigned
    assert requests.get(sign_url(url, KEY, future), timeout=5).status_code == 200
    assert requests.get(sign_url(url, "wrongKey123", future), timeout=5).status_code == 403
    assert requests.get(sign_url(url, KEY, time.time() - 60), timeout=5).status_code == 403
    other, _ = clip_url(sim)
    tampered = sign_url(url, KEY, future).replace(url.split("?")[0], other)
    assert requests.get(tampered, timeout=5).status_code == 403  # another file's folder


def test_keys_come_from_describe_vod_domains_or_settings(sim: Simulator) -> None:
    sim.library.key = KEY
    keys = domain_keys(VodApi(sim_connection(sim)).describe_vod_domains())
    assert {k: v.reveal() for k, v in keys.items()} == {sim.endpoint: KEY}
    signer = LinkSigner()
    signer.set_found_keys(keys)
    url, _ = clip_url(sim)
    assert requests.get(signer.sign(url), timeout=5).status_code == 200
    assert (
        signer.sign("https://elsewhere.example.com/a/b.mp4")
        == "https://elsewhere.example.com/a/b.mp4"
    )
    typed = LinkSigner(Secret(KEY), lifetime_h=1, domains="127.0.0.1")
    signed = typed.sign(url)
    assert typed.sign("https://attacker.example/a/b.mp4") == "https://attacker.example/a/b.mp4"
    t = int(dict(p.split("=") for p in signed.split("?")[1].split("&"))["t"], 16)
    assert 3500 < t - time.time() <= 3600
    sim.library.domains_denied = True
    with pytest.raises(CloudError) as err:
        VodApi(sim_connection(sim)).describe_vod_domains()
    assert err.value.code.startswith("UnauthorizedOperation")


# --- downloads -------------------------------------------------------------------------------------
def test_a_download_cut_halfway_resumes_to_the_exact_bytes(sim: Simulator, tmp_path: Path) -> None:
    file_id = "big-file"
    sim.library.add(SimMedia(file_id, "Big one", 60.0, size=3_000_000))
    url = f"{sim.base_url}/media/{file_id}/f0.mp4"
    sim.library.cut_after = 1_400_000
    seen: list[tuple[int, int | None]] = []
    size = download_file(url, tmp_path / "big.mp4", on_progress=lambda d, t: seen.append((d, t)))
    assert size == 3_000_000
    assert (tmp_path / "big.mp4").read_bytes() == synthetic_bytes(3_000_000)
    assert not (tmp_path / "big.mp4.part").exists()
    assert seen[-1] == (3_000_000, 3_000_000)
    assert any(d < 1_500_000 for d, _ in seen)  # the first attempt's progress, then resumed


def test_a_cancelled_download_keeps_its_part_and_resumes_later(
    sim: Simulator, tmp_path: Path
) -> None:
    sim.library.add(SimMedia("cancel-me", "x", 10.0, size=4_000_000))
    url = f"{sim.base_url}/media/cancel-me/f0.mp4"
    cancel = threading.Event()

    def progress(done: int, total: int | None) -> None:
        if done > 1_000_000:
            cancel.set()

    with pytest.raises(DownloadError) as err:
        download_file(url, tmp_path / "c.mp4", cancel=cancel, on_progress=progress)
    assert err.value.problem is DownloadProblem.CANCELLED
    part = tmp_path / "c.mp4.part"
    assert 1_000_000 < part.stat().st_size < 4_000_000
    download_file(url, tmp_path / "c.mp4")
    assert (tmp_path / "c.mp4").read_bytes() == synthetic_bytes(4_000_000)


@pytest.mark.parametrize("protected", [False, True])
def test_an_hls_clip_downloads_into_a_folder_that_plays_offline(
    sim: Simulator, tmp_path: Path, protected: bool
) -> None:
    url, file_id = clip_url(sim, hls=True)
    if protected:
        sim.library.key = KEY
        url = sign_url(url, KEY, time.time() + 600)
        unsigned_segment = url.split("playlist.m3u8")[0] + "seg-0.ts"
        assert requests.get(unsigned_segment.split("?")[0], timeout=5).status_code == 403
    folder = tmp_path / "clip"
    download_hls(url, folder)
    playlist = (folder / "playlist.m3u8").read_text()
    segments = [line for line in playlist.splitlines() if line and not line.startswith("#")]
    assert len(segments) == SEGMENTS
    assert all("/" not in s and "?" not in s for s in segments)  # relative, local
    for index, name in enumerate(segments):
        assert (folder / name).read_bytes() == segment_bytes(file_id, index)
    assert playlist.startswith("#EXTM3U") and "#EXT-X-ENDLIST" in playlist


def test_a_403_says_forbidden_and_unsafe_urls_are_never_fetched(
    sim: Simulator, tmp_path: Path
) -> None:
    url, _ = clip_url(sim)
    sim.library.key = KEY
    with pytest.raises(DownloadError) as err:
        download_file(url, tmp_path / "x.mp4")
    assert err.value.problem is DownloadProblem.FORBIDDEN
    before = len(sim.library.requests)
    for hostile in ("javascript:alert(1)", "file:///etc/passwd", "http://user:pw@127.0.0.1/x"):
        with pytest.raises(DownloadError) as unsafe:
            fetch_image(hostile, tmp_path / "covers")
        assert unsafe.value.problem is DownloadProblem.UNSAFE
    assert len(sim.library.requests) == before


def test_covers_are_fetched_once_and_cached_under_a_bound(sim: Simulator, tmp_path: Path) -> None:
    _, file_id = clip_url(sim)
    cover = f"{sim.base_url}/media/{file_id}/cover.png"
    first = fetch_image(cover, tmp_path / "covers")
    again = fetch_image(cover, tmp_path / "covers")
    assert first.data.startswith(b"\x89PNG") and not first.from_cache and again.from_cache
    assert sim.library.requests.count(f"/media/{file_id}/cover.png") == 1


def test_file_names_from_hostile_clip_names_are_safe_everywhere(tmp_path: Path) -> None:
    assert safe_file_name('a<b>:c"/d\\e|f?g*h', "id") == "a_b__c__d_e_f_g_h"
    assert safe_file_name("CON", "12345", ".mp4") == "12345.mp4"
    assert safe_file_name("name. ", "id", ".mp4") == "name.mp4"
    assert safe_file_name("..", "id", ".mp4") == "id.mp4"
    assert safe_file_name("\u202eevil\x00\x1f", "id") == "evil__"
    assert len(safe_file_name("x" * 500, "id", ".mp4")) == 124
    assert safe_file_name("clip.mp4", "id", ".mp4") == "clip.mp4"
    (tmp_path / "clip.mp4").write_bytes(b"1")
    assert free_name(tmp_path, "clip.mp4").name == "clip (2).mp4"


def test_signing_keeps_the_link_as_sent_and_only_for_its_domains(sim: Simulator) -> None:
    """A path with a space or Chinese is signed as it travels (percent-encoded); the query
    is kept as it was; a key no CDN could hold signs nothing; a typed key signs only its
    domains and the application's own."""
    sim.library.key = KEY
    file_id = "spaced-file"
    sim.library.add(SimMedia(file_id, "Spaced", 10.0))
    raw = f"{sim.base_url}/media/{file_id}/采访 clip.mp4?flag&x=%20y"
    signed = sign_url(raw, KEY, time.time() + 600)
    assert "%E9%87%87%E8%AE%BF%20clip.mp4" in signed  # the path as sent
    assert "?flag&x=%20y&t=" in signed  # the query untouched
    assert requests.get(signed, timeout=5).status_code == 200
    assert "sign=" not in LinkSigner(Secret("\ud800" * 10), domains="127.0.0.1").sign(raw)
    found = LinkSigner()
    found.set_found_keys({"cdn.example.com": Secret("\ud800bad")}, {"cdn.example.com"})
    assert found.sign("https://cdn.example.com/a/b.mp4") == "https://cdn.example.com/a/b.mp4"
    typed = LinkSigner(Secret(KEY))
    typed.set_found_keys({}, {"app.vod2.myqcloud.com"})  # the application's domain list
    assert "sign=" in typed.sign("https://app.vod2.myqcloud.com/a/b.mp4")
    assert typed.sign("https://attacker.example/a/b.mp4") == "https://attacker.example/a/b.mp4"
