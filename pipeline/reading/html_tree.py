"""A bounded tree of an HTML page, and the per-element figures computed in one pass.

libxml2 (through lxml) tokenizes the page and fixes bad nesting, but its own
tree builder stops at a fixed depth (256, or 2048 with `huge_tree`) and drops
everything below, text included. Its event interface has no such limit, so
this module builds the tree from the events, capping depth the way browsers
do (Blink puts elements beyond depth 512 beside, not inside, the deepest
open one): no text is lost, and no later walk needs a deep stack.

Start events arrive in document order, so the builder also records every
element in pre-order (`Tree.order`): each later pass is one loop over that
list (children before parents when run backwards). The reader's decisions
need, per element, the Chinese characters under it (with and without those in
links), whether it holds a table, and its text when short (info panels,
counters); `measure` and `short_text` compute them bottom-up instead of a
`get_text()` per element, which was quadratic in the nesting depth (5,000
levels took 44 s).
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

# Deeper elements are attached beside the deepest open element instead of inside it.
MAX_DEPTH = 256
ROOT_TAG = "#document"
_CJK = re.compile(r"[\u4e00-\u9fff]")
_SPACE_RUN = re.compile(r"\s+")
_NO_ATTRS: dict[str, str] = {}  # shared by every element without attributes; never written to


class Node:
    """An element: tag, attributes, children (nodes or text strings) in document order, and its figures."""

    __slots__ = ("tag", "attrs", "children", "parent", "depth", "dropped", "index", "last", "cjk",
                 "cjk_linked", "has_table")

    def __init__(self, tag: str, attrs: dict[str, str], parent: Node | None, depth: int) -> None:
        self.tag = tag
        self.attrs = attrs
        self.children: list[Node | str] = []
        self.parent = parent
        self.depth = depth
        self.dropped = False  # marked for removal; `Tree.prune` takes it out
        # Filled by `measure`: pre-order index, index of the last descendant, Chinese characters
        # under the element and those inside links, a <table> strictly below.
        self.index = self.last = self.cjk = self.cjk_linked = 0
        self.has_table = False

    def __repr__(self) -> str:
        return f"<{self.tag} {self.attrs}>"

    def get(self, name: str, default: str | None = None) -> str | None:
        return self.attrs.get(name, default)

    def elements(self) -> list[Node]:
        """Child elements, in order."""
        return [c for c in self.children if isinstance(c, Node)]

    def count(self, skip_links: bool = False) -> int:
        """Chinese characters under the element (outside links with `skip_links`); needs `measure`."""
        return self.cjk - self.cjk_linked if skip_links else self.cjk

    def contains(self, other: Node) -> bool:
        """`other` is a descendant of this element; needs `measure`."""
        return self.index < other.index <= self.last


@dataclass
class Tree:
    root: Node
    order: list[Node]  # every element below the root, in document (pre-)order

    def prune(self) -> None:
        """Take every element marked `dropped` (with what it holds) out of the tree."""
        kept = []
        losing: dict[int, Node] = {}  # parents that lose a child, by id
        for node in self.order:
            parent = node.parent
            if parent is not None and parent.dropped:
                node.dropped = True
            elif node.dropped and parent is not None:
                losing[id(parent)] = parent
            if not node.dropped:
                kept.append(node)
        for parent in losing.values():
            parent.children = [c for c in parent.children if isinstance(c, str) or not c.dropped]
        self.order = kept

    def first(self, tag: str) -> Node | None:
        return next((n for n in self.order if n.tag == tag), None)


class _BoundedBuilder:
    """lxml parser target: builds `Node`s in pre-order, never nesting deeper than `max_depth`."""

    def __init__(self, max_depth: int) -> None:
        self.root = Node(ROOT_TAG, {}, None, 0)
        self.open: list[Node] = [self.root]  # the open elements that really nest
        self.pushed: list[bool] = []  # per start event: did it open a level?
        self.order: list[Node] = []
        self.max_depth = max_depth

    def start(self, tag: str, attrib: dict[str, str]) -> None:
        open_ = self.open
        nests = len(open_) <= self.max_depth
        parent = open_[-1] if nests else open_[-2]
        node = Node(tag.lower() if isinstance(tag, str) else str(tag), dict(attrib) if attrib else _NO_ATTRS,
                    parent, parent.depth + 1)
        parent.children.append(node)
        self.order.append(node)
        if nests:
            open_.append(node)
        else:
            open_[-1] = node  # beside the deepest element: later text lands in the newest one
        self.pushed.append(nests)

    def end(self, tag: str) -> None:
        if self.pushed and self.pushed.pop() and len(self.open) > 1:
            self.open.pop()

    def data(self, text: str) -> None:
        children = self.open[-1].children
        if children and isinstance(children[-1], str):
            children[-1] += text
        else:
            children.append(text)

    def comment(self, text: str) -> None:
        return None

    def close(self) -> Tree:
        return Tree(self.root, self.order)


def parse_html(markup: str, max_depth: int = MAX_DEPTH) -> Tree:
    """The page as a tree of `Node`s under a `#document` root (libxml2 adds html/body as browsers do)."""
    from lxml import etree

    builder = _BoundedBuilder(max_depth)
    # No network and no DTD: a page cannot make the parser fetch or expand anything.
    parser = etree.HTMLParser(target=builder, recover=True, no_network=True, remove_comments=True,
                              remove_pis=True)
    try:
        parser.feed(markup)
        tree: Tree = parser.close()
    except etree.XMLSyntaxError:  # nothing parseable at all (recover=True rarely gives up)
        tree = builder.close()
    return tree


def preorder(node: Node) -> Iterator[Node]:
    """The node and its descendant elements, parents before children, in document order."""
    stack = [node]
    while stack:
        current = stack.pop()
        yield current
        stack.extend(reversed(current.elements()))


def collapse(text: str) -> str:
    return _SPACE_RUN.sub(" ", text)


def text_of(node: Node, separator: str = "") -> str:
    """All text under the node (one walk), pieces joined by `separator`."""
    parts: list[str] = []
    stack: list[Node | str] = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, str):
            parts.append(current)
        else:
            stack.extend(reversed(current.children))
    return separator.join(parts)


def short_text(element: Node, texts: dict[Node, str | None], limit: int) -> str | None:
    """The element's text (strings joined by a space, whitespace collapsed) when at most `limit`
    characters long, else None, from its children's (`texts`, filled children first): the short
    blocks a page's chrome is made of are found in one pass, without a walk per element."""
    parts = []
    size = 0
    for child in element.children:
        if isinstance(child, str):
            piece: str | None = collapse(child).strip()
        elif child.dropped:
            continue
        else:
            piece = texts.get(child)
        if piece is None:
            return None
        if piece:
            parts.append(piece)
            size += len(piece) + 1
            if size > limit + 1:
                return None
    return " ".join(parts)


def measure(tree: Tree) -> None:
    """Fill every element's pre-order span, Chinese character counts and table flag, children first."""
    for index, node in enumerate(tree.order, start=1):
        node.index = node.last = index
    tree.root.index, tree.root.last = 0, len(tree.order)
    for node in [*reversed(tree.order), tree.root]:
        cjk = linked = 0
        has_table = False
        for child in node.children:
            if isinstance(child, str):
                cjk += len(_CJK.findall(child))
                continue
            cjk += child.cjk
            linked += child.cjk_linked
            has_table = has_table or child.tag == "table" or child.has_table
            node.last = max(node.last, child.last)
        node.cjk = cjk
        node.cjk_linked = cjk if node.tag == "a" else linked
        node.has_table = has_table
