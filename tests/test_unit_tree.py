"""The materialized path: subtrees as one predicate, moves rewrite the whole subtree."""

import pytest

from registry.refusals import Refused
from registry.text import fold
from registry.unit_tree import move_unit, subtree


def test_paths_follow_the_tree(make):
    province = make.unit("Tỉnh", level="province")
    commune = make.unit("Xã A", parent=province)
    cell = make.unit("Chi bộ thôn 1", parent=commune)
    assert cell.path == f"/{province.id}/{commune.id}/{cell.id}/"
    assert cell.depth == 2
    assert [u.id for u in subtree(commune)] == [commune.id, cell.id]


def test_moving_a_unit_moves_its_subtree(make):
    province = make.unit("Tỉnh", level="province")
    commune_a = make.unit("Xã A", parent=province)
    commune_b = make.unit("Xã B", parent=province)
    cell = make.unit("Chi bộ", parent=commune_a)
    leaf = make.unit("Tổ", parent=cell)
    move_unit(cell, commune_b)
    assert leaf.path == f"/{province.id}/{commune_b.id}/{cell.id}/{leaf.id}/"
    assert leaf.depth == 3
    assert [u.id for u in subtree(commune_a)] == [commune_a.id]


def test_a_unit_cannot_move_under_itself(make):
    commune = make.unit("Xã A")
    cell = make.unit("Chi bộ", parent=commune)
    with pytest.raises(Refused):
        move_unit(commune, cell)


def test_subtree_prefix_does_not_match_sibling_with_longer_id(make):
    root = make.unit("Tỉnh")
    units = [make.unit(f"Xã {i}", parent=root) for i in range(12)]
    first = units[0]
    assert [u.id for u in subtree(first)] == [first.id]


@pytest.mark.parametrize(("text", "folded"), [
    ("Dân vận khéo", "dan van kheo"),
    ("ĐƯỜNG  Giao thông", "duong giao thong"),
    ("Mô hình “Tổ tự quản”", "mo hinh “to tu quan”"),
])
def test_fold_removes_vietnamese_diacritics(text, folded):
    assert fold(text) == folded
