"""Small helpers that turn demo text into StreamField data."""


def p(text):
    return {"type": "paragraph", "value": f"<p>{text}</p>"}


def ul(*items):
    return {
        "type": "paragraph",
        "value": "<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>",
    }


def h(text, level="h2"):
    return {"type": "heading", "value": {"text": text, "level": level}}


def tip(text):
    return {"type": "tip", "value": {"text": f"<p>{text}</p>"}}


def warn(text):
    return {"type": "warning", "value": {"text": f"<p>{text}</p>"}}


def faq(*pairs, heading="Veelgestelde vragen"):
    return {
        "type": "faq",
        "value": {
            "heading": heading,
            "questions": [{"question": q, "answer": f"<p>{a}</p>"} for q, a in pairs],
        },
    }


def helpline(name, text=""):
    """A contact block; the loader looks the helpline up by name."""
    return {
        "type": "contact",
        "value": {"helpline": name, "organisation": None, "text": text},
    }


def organisation(name, text=""):
    return {
        "type": "contact",
        "value": {"helpline": None, "organisation": name, "text": text},
    }


def table(caption, headings, rows):
    return {
        "type": "table",
        "value": {
            "caption": caption,
            "table": {
                "columns": [{"type": "text", "heading": hd} for hd in headings],
                "rows": [{"values": list(r)} for r in rows],
            },
        },
    }


def link(url, text):
    return f'<a href="{url}">{text}</a>'


def source(title, url, publisher=""):
    return {"title": title, "url": url, "publisher": publisher}
