#!/usr/bin/env python3
r"""Drives LibreOffice (7.4+) headless through its Python UNO bridge, to see how a real word
processor treats our .docx files: what it shows (styles, list labels, text), what happens when a
user edits the document and what it writes back.

    /usr/bin/python3 scripts/libreoffice/uno_jobs.py JOBS.json RESULTS.json

Needs a Python that can `import uno` (Debian/Ubuntu: python3-uno, i.e. /usr/bin/python3; the
LibreOffice.org builds ship program/python) and `soffice` on the PATH (or $SOFFICE). One soffice
process serves every job: it gets a private profile in a temporary directory (deleted afterwards),
accepts on a named pipe, and is always terminated, also when a job fails, a job times out or this
script is sent SIGTERM/SIGINT. If soffice dies during a job, that job fails and a new soffice is
started for the remaining jobs.

JOBS.json: a list of jobs, or {"jobs": [...], "jobTimeout": 120, "startTimeout": 60, "locale":
"ja-JP"} (timeouts in seconds; locale is the office's locale setting, ja-JP unless given, "" for
LibreOffice's default).
Every job has "type" and "file" (a .docx path) and may have "id" (echoed back). The document is
opened hidden, the job's operations are run, and the document is closed without being saved
(except by `save`, which stores a copy). Paragraphs are chosen by style and a 0-based index
among the body paragraphs having that style; styles are given by display name (「条見出し」) or
programmatic name (ArticleHeading).

  {"type": "dump", "file": F, "changes": "accept" | "reject", "updateFields": true, "detail": true}
      changes (optional): accept or reject every tracked change first (.uno:AcceptAllTrackedChanges
      / .uno:RejectAllTrackedChanges); updateFields (optional): .uno:UpdateAll plus a refresh of
      every text field; detail (optional): add styleName/numberingStyle/listId/level/numbered to
      each paragraph.
  {"type": "save", "file": F, "out": OUT, "edits": [EDIT, ...], "trackChanges": true,
   "author": "…"}
      applies the edits in order (as tracked changes by `author` if trackChanges) and stores the
      document as Word 2007-365 (.docx, filter "MS Word 2007 XML") at OUT. EDIT is one of
        {"op": "insert-article-before", "heading": N, "title": "（テスト条）", "body": "…"}
            the cursor goes to the start of the N-th (0-based) 条見出し paragraph, Enter, then into
            the new empty paragraph above, the title is typed, Enter at its end (the new paragraph
            gets the heading style's next style, 条文 for our files), the body is typed. If the
            paragraph after the title did not get 条文, 条文 is applied ("applied" in the report).
        {"op": "delete-paragraph", "style": "号", "index": K}
            selects the K-th paragraph with that style from its start to the start of the next
            paragraph (paragraph mark included) and deletes the selection (.uno:Delete).
        {"op": "replace-text", "find": "…", "replace": "…"}
            replaces the first occurrence in the document (search, then type over the match).
  {"type": "enter-at-end", "file": F, "style": "条文", "index": 0, "text": "…"}
      Enter at the end of that paragraph (.uno:InsertPara at the view cursor, as a user's Enter),
      then the text is typed into the new paragraph; returns the dump after the edit (not saved).
  {"type": "apply-style", "file": F, "target": {"style": "項", "index": 1}, "apply": "条見出し"}
      applies the paragraph style the way the style box does (.uno:StyleApply with the cursor in
      the paragraph; direct list attributes are kept, as in the UI); returns the dump after the
      edit (not saved).

RESULTS.json: one result per job, in order, {"id", "type", "ok": true, "ms", ...} or
{"id", "type", "ok": false, "ms", "error": "…", "trace": "…"}:
  dump, enter-at-end, apply-style: "body": [{"style", "label", "text"} | {"table": [[cell]]}],
      style = the paragraph style's display name (what the style box shows), label = the list
      label LibreOffice shows (ListLabelString, "" when none), text = the paragraph's text (fields
      as shown; a line break is "\n"); a table is its rows of cell texts (a cell's paragraphs
      joined by "\n"). "redlines": [{"author", "date", "type"}] are the tracked changes as
      opened (before accept/reject), "redlineCount" their number, "redlinesAfter" the number left
      after accept/reject.
  save: "out", "done": [one report per edit: {"op", ...}], the paragraphs concerned as
      {"style", "label", "text"} while the document was open (insert-article-before: "before",
      "empty", "enterGave", "heading", "body", "next"; delete-paragraph: "deleted", "now";
      replace-text: "now").
  enter-at-end / apply-style also return "done" beside "body" (enter-at-end: "split", the
      paragraph Enter was pressed in, and "new"; apply-style: "before", "after").
The labels in these reports and in the dumps after an edit are LibreOffice's live numbering.
"""

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import traceback
import uuid

import uno  # sets up the bridge: before the com.sun.star imports
from com.sun.star.beans import PropertyValue
from com.sun.star.connection import NoConnectException

DEFAULT_JOB_TIMEOUT = 120.0
DEFAULT_START_TIMEOUT = 60.0
# The locale setting (Tools ▸ Options ▸ Language Settings) of a Japanese user. It matters: with
# en-US, a list label LibreOffice computes for an empty paragraph shows decimalFullWidth as ASCII
# digits (「第3条」).
DEFAULT_LOCALE = "ja-JP"


class JobTimeout(Exception):
    pass


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def file_url(path):
    return uno.systemPathToFileUrl(os.path.abspath(path))


# ---------------------------------------------------------------------------------------------
# soffice


def terminate(desktop):
    try:
        desktop.terminate()
    except Exception:
        pass


class Office:
    """One soffice process with a private profile, reachable on a named pipe."""

    def __init__(self, start_timeout, locale, state_file=None):
        self.start_timeout = start_timeout
        self.locale = locale
        # Where the process group and profile are written while soffice runs, so a caller that
        # has to SIGKILL this script can still clean up (test/helpers/libreoffice.ts does).
        self.state_file = state_file
        self.lock = threading.RLock()
        self.proc = None
        self.profile = None
        self.workdir = None
        self.ctx = None
        self.smgr = None
        self.desktop = None
        self.dispatcher = None

    def start(self):
        soffice = os.environ.get("SOFFICE") or shutil.which("soffice")
        if not soffice:
            raise RuntimeError("soffice is not on the PATH (set $SOFFICE)")
        self.profile = tempfile.mkdtemp(prefix="hinagata-uno-")
        self.workdir = os.path.join(self.profile, "work")
        os.makedirs(self.workdir)
        pipe = "hinagata-" + uuid.uuid4().hex
        args = [
            soffice,
            "-env:UserInstallation=" + file_url(os.path.join(self.profile, "profile")),
            "--headless",
            "--invisible",
            "--norestore",
            "--nologo",
            "--nodefault",
            "--nolockcheck",
            "--accept=pipe,name=%s;urp;StarOffice.ComponentContext" % pipe,
        ]
        # A session (process group) of its own, so the wrapper script, oosplash and soffice.bin
        # can be killed together.
        self.proc = subprocess.Popen(
            args,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        if self.state_file:
            with open(self.state_file, "w", encoding="utf-8") as f:
                json.dump({"pgid": self.proc.pid, "profile": self.profile}, f)
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext(
            "com.sun.star.bridge.UnoUrlResolver", local
        )
        deadline = time.monotonic() + self.start_timeout
        while True:
            try:
                self.ctx = resolver.resolve(
                    "uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe
                )
                break
            except NoConnectException:
                # Exit code 81 is oosplash's restart after creating a fresh profile: keep waiting.
                if self.proc.poll() is not None and self.proc.returncode != 81:
                    raise RuntimeError("soffice exited with %s" % self.proc.returncode)
                if time.monotonic() > deadline:
                    raise RuntimeError(
                        "soffice did not accept a connection in %ss" % self.start_timeout
                    )
                time.sleep(0.2)
        self.smgr = self.ctx.ServiceManager
        self.desktop = self.smgr.createInstanceWithContext("com.sun.star.frame.Desktop", self.ctx)
        self.dispatcher = self.smgr.createInstanceWithContext(
            "com.sun.star.frame.DispatchHelper", self.ctx
        )
        if self.locale:
            self.configure("/org.openoffice.Setup/L10N", ooSetupSystemLocale=self.locale)

    def configure(self, path, **values):
        provider = self.smgr.createInstanceWithContext(
            "com.sun.star.configuration.ConfigurationProvider", self.ctx
        )
        access = provider.createInstanceWithArguments(
            "com.sun.star.configuration.ConfigurationUpdateAccess", (prop("nodepath", path),)
        )
        for k, v in values.items():
            access.setPropertyValue(k, v)
        access.commitChanges()

    def alive(self):
        if self.proc is None or self.proc.poll() is not None:
            return False
        try:
            self.desktop.getComponents()
            return True
        except Exception:
            return False

    def kill(self):
        """Terminates soffice (politely, then SIGKILL to its whole process group) and deletes the
        profile. Safe to call from the timeout thread and again from the main thread."""
        with self.lock:
            proc, self.proc = self.proc, None
            profile, self.profile = self.profile, None
            desktop = self.desktop
            self.ctx = self.smgr = self.desktop = self.dispatcher = None
            self.workdir = None
            if proc is not None:
                if proc.poll() is None and desktop is not None:
                    # terminate() can block on a wedged office: run it on a thread, move on.
                    t = threading.Thread(target=terminate, args=(desktop,), daemon=True)
                    t.start()
                    t.join(5)
                for sig in (signal.SIGTERM, signal.SIGKILL):
                    try:
                        os.killpg(proc.pid, sig)
                    except ProcessLookupError:
                        break  # the whole group is gone
                    except OSError:
                        pass
                    try:
                        proc.wait(3)
                    except subprocess.TimeoutExpired:
                        pass
                    time.sleep(0.2)  # soffice.bin may outlive the wrapper a moment
            if profile:
                shutil.rmtree(profile, ignore_errors=True)
            if self.state_file:
                try:
                    os.remove(self.state_file)
                except OSError:
                    pass

    def set_author(self, author):
        """The name LibreOffice records on tracked changes (Tools ▸ Options ▸ User Data)."""
        self.configure("/org.openoffice.UserProfile/Data", givenname=author, sn="")


# ---------------------------------------------------------------------------------------------
# Reading the document


def is_table(content):
    return content.supportsService("com.sun.star.text.TextTable")


def is_paragraph(content):
    return content.supportsService("com.sun.star.text.Paragraph")


def paragraphs_of(text):
    out = []
    e = text.createEnumeration()
    while e.hasMoreElements():
        out.append(e.nextElement())
    return out


class Styles:
    def __init__(self, doc):
        self.family = doc.StyleFamilies.getByName("ParagraphStyles")
        self.display = {}

    def display_name(self, name):
        if name not in self.display:
            try:
                self.display[name] = self.family.getByName(name).DisplayName
            except Exception:
                self.display[name] = name
        return self.display[name]

    def matches(self, para, wanted):
        name = para.ParaStyleName
        return wanted in (name, self.display_name(name))

    def programmatic(self, wanted):
        """The programmatic name of a style given by display or programmatic name."""
        if self.family.hasByName(wanted):
            return wanted
        for name in self.family.getElementNames():
            if self.family.getByName(name).DisplayName == wanted:
                return name
        raise ValueError("no paragraph style %r" % wanted)


def paragraph_text(para):
    return para.getString().replace("\r\n", "\n").replace("\r", "\n")


def cell_text(cell):
    return "\n".join(paragraph_text(p) for p in paragraphs_of(cell.getText()) if is_paragraph(p))


def split_cell_name(name):
    """'B12' → (12, 'B'); split cells ('A1.1.2') are put in the row of their first part."""
    head = name.split(".")[0]
    letters = head.rstrip("0123456789")
    return int(head[len(letters):] or 0), letters


def column_key(letters):
    n = 0
    for ch in letters:
        n = n * 52 + (ord(ch) - (ord("A") if ch.isupper() else ord("a") - 26)) + 1
    return n


def table_rows(table):
    rows = {}
    for name in table.getCellNames():
        row, col = split_cell_name(name)
        rows.setdefault(row, []).append((column_key(col), name))
    return [
        [cell_text(table.getCellByName(name)) for _, name in sorted(cells)]
        for _, cells in sorted(rows.items())
    ]


def dump_body(doc, detail=False):
    styles = Styles(doc)
    body = []
    for content in paragraphs_of(doc.getText()):
        if is_table(content):
            body.append({"table": table_rows(content)})
        elif is_paragraph(content):
            name = content.ParaStyleName
            entry = {
                "style": styles.display_name(name),
                "label": content.ListLabelString or "",
                "text": paragraph_text(content),
            }
            if detail:
                entry.update(
                    styleName=name,
                    numberingStyle=content.NumberingStyleName,
                    listId=content.ListId,
                    level=content.NumberingLevel,
                    numbered=bool(content.NumberingIsNumber),
                )
            body.append(entry)
    return body


def date_string(dt):
    return "%04d-%02d-%02dT%02d:%02d:%02d" % (
        dt.Year,
        dt.Month,
        dt.Day,
        dt.Hours,
        dt.Minutes,
        dt.Seconds,
    )


def redlines_of(doc):
    out = []
    e = doc.getRedlines().createEnumeration()
    while e.hasMoreElements():
        r = e.nextElement()
        out.append(
            {
                "author": r.getPropertyValue("RedlineAuthor"),
                "date": date_string(r.getPropertyValue("RedlineDateTime")),
                "type": r.getPropertyValue("RedlineType"),
            }
        )
    return out


def nth_paragraph(doc, styles, style, index):
    seen = 0
    for content in paragraphs_of(doc.getText()):
        if is_paragraph(content) and styles.matches(content, style):
            if seen == index:
                return content
            seen += 1
    raise ValueError("there are %d paragraphs with style %r, not %d" % (seen, style, index + 1))


# ---------------------------------------------------------------------------------------------
# Editing the way a user does: the view cursor and the dispatcher


class Editor:
    def __init__(self, office, doc):
        self.office = office
        self.doc = doc
        self.controller = doc.getCurrentController()
        self.frame = self.controller.getFrame()
        self.cursor = self.controller.getViewCursor()
        self.styles = Styles(doc)

    def dispatch(self, command, **args):
        self.office.dispatcher.executeDispatch(
            self.frame, command, "", 0, tuple(prop(k, v) for k, v in args.items())
        )

    def paragraph(self, style, index):
        return nth_paragraph(self.doc, self.styles, style, index)

    def current_paragraph(self, delta=0):
        """The paragraph the view cursor is in, or the one `delta` paragraphs before/after it."""
        tc = self.cursor.getText().createTextCursorByRange(self.cursor.getStart())
        for _ in range(abs(delta)):
            if not (tc.gotoNextParagraph(False) if delta > 0 else tc.gotoPreviousParagraph(False)):
                return None
        e = tc.createEnumeration()  # the paragraphs of a collapsed cursor: the one it is in
        return e.nextElement()

    def describe(self, para):
        if para is None:
            return None
        name = para.ParaStyleName
        return {
            "style": self.styles.display_name(name),
            "label": para.ListLabelString or "",
            "text": paragraph_text(para),
        }

    def enter(self):
        self.dispatch(".uno:InsertPara")

    def type(self, text):
        self.dispatch(".uno:InsertText", Text=text)

    def enter_at_end(self, style, index, text):
        para = self.paragraph(style, index)
        self.cursor.gotoRange(para.getEnd(), False)
        self.enter()
        self.type(text)
        # Not `para`: Writer splits a paragraph by moving the text before the split into a new
        # node, so the UNO object of the paragraph now stands for the lower part.
        return {
            "op": "enter-at-end",
            "split": self.describe(self.current_paragraph(-1)),
            "new": self.describe(self.current_paragraph()),
        }

    def apply_style(self, style, index, apply):
        para = self.paragraph(style, index)
        before = self.describe(para)
        self.cursor.gotoRange(para.getStart(), False)
        name = self.styles.programmatic(apply)
        self.dispatch(".uno:StyleApply", Style=name, FamilyName="ParagraphStyles")
        done = {"op": "apply-style", "before": before}
        if para.ParaStyleName != name:  # the dispatch did nothing: set the property instead
            self.cursor.setPropertyValue("ParaStyleName", name)
            done["via"] = "ParaStyleName"
        done["after"] = self.describe(para)
        return done

    def insert_article_before(self, heading, title, body):
        para = self.paragraph("条見出し", heading)
        before = self.describe(para)
        self.cursor.gotoRange(para.getStart(), False)
        self.enter()
        # Into the new empty paragraph above (a click there; the view cursor's goLeft does not
        # leave the paragraph's start in a hidden document).
        self.cursor.gotoRange(self.current_paragraph(-1).getEnd(), False)
        empty = self.describe(self.current_paragraph())
        self.type(title)
        self.enter()  # at the end of the title: the heading style's next style
        got = self.describe(self.current_paragraph())["style"]
        done = {"op": "insert-article-before", "before": before, "empty": empty, "enterGave": got}
        article_body = self.styles.programmatic("条文")
        if got != self.styles.display_name(article_body):
            self.cursor.setPropertyValue("ParaStyleName", article_body)
            done["applied"] = self.styles.display_name(article_body)
        self.type(body)
        done["heading"] = self.describe(self.current_paragraph(-1))
        done["body"] = self.describe(self.current_paragraph())
        done["next"] = self.describe(self.current_paragraph(1))
        return done

    def delete_paragraph(self, style, index):
        para = self.paragraph(style, index)
        deleted = self.describe(para)
        text = para.getText()
        tc = text.createTextCursorByRange(para.getStart())
        tc.gotoEndOfParagraph(True)
        if not tc.goRight(1, True):  # over the paragraph mark, to the start of the next one
            raise ValueError("the paragraph is the last of its text: no mark to delete")
        self.controller.select(tc)
        self.dispatch(".uno:Delete")
        return {"op": "delete-paragraph", "deleted": deleted, "now": self.describe(
            self.current_paragraph()
        )}

    def replace_text(self, find, replace):
        search = self.doc.createSearchDescriptor()
        search.SearchString = find
        search.SearchCaseSensitive = True
        search.SearchRegularExpression = False
        found = self.doc.findFirst(search)
        if found is None:
            raise ValueError("text not found: %r" % find)
        self.controller.select(found)
        self.type(replace)  # typing over the selection replaces it
        return {"op": "replace-text", "find": find, "replace": replace, "now": self.describe(
            self.current_paragraph()
        )}

    def edit(self, e):
        op = e.get("op")
        if op == "insert-article-before":
            return self.insert_article_before(int(e["heading"]), e["title"], e["body"])
        if op == "delete-paragraph":
            return self.delete_paragraph(e["style"], int(e["index"]))
        if op == "replace-text":
            return self.replace_text(e["find"], e["replace"])
        raise ValueError("unknown edit op %r" % op)


# ---------------------------------------------------------------------------------------------
# Jobs


def open_doc(office, path):
    """Opens a copy of the file, so the file itself is never touched (no lock file beside it,
    even if soffice is killed with the document open)."""
    if not os.path.isfile(path):
        raise FileNotFoundError(path)
    work = tempfile.mkdtemp(prefix="job-", dir=office.workdir)
    copy = os.path.join(work, os.path.basename(path))
    shutil.copyfile(path, copy)
    doc = office.desktop.loadComponentFromURL(
        file_url(copy),
        "_blank",
        0,
        (prop("Hidden", True), prop("ReadOnly", False), prop("UpdateDocMode", 0)),
    )
    if doc is None:
        raise RuntimeError("LibreOffice could not open %s" % path)
    return doc


def close_doc(doc):
    try:
        doc.setModified(False)
    except Exception:
        pass
    try:
        doc.close(True)
    except Exception:
        try:
            doc.dispose()
        except Exception:
            pass


def dump_result(office, doc, job):
    before = redlines_of(doc)
    result = {"redlineCount": len(before), "redlines": before}
    changes = job.get("changes")
    if changes is not None:
        if changes not in ("accept", "reject"):
            raise ValueError('changes must be "accept" or "reject", not %r' % changes)
        Editor(office, doc).dispatch(
            ".uno:AcceptAllTrackedChanges" if changes == "accept" else ".uno:RejectAllTrackedChanges"
        )
        result["redlinesAfter"] = len(redlines_of(doc))
    if job.get("updateFields"):
        Editor(office, doc).dispatch(".uno:UpdateAll")
        doc.getTextFields().refresh()
        doc.refresh()
    result["body"] = dump_body(doc, bool(job.get("detail")))
    return result


def run_job(office, job):
    kind = job.get("type")
    doc = open_doc(office, job["file"])
    try:
        if kind == "dump":
            return dump_result(office, doc, job)
        if kind == "save":
            editor = Editor(office, doc)
            if job.get("trackChanges"):
                doc.setPropertyValue("RecordChanges", True)
            done = [editor.edit(e) for e in job.get("edits") or []]
            out = os.path.abspath(job["out"])
            os.makedirs(os.path.dirname(out), exist_ok=True)
            doc.storeToURL(
                file_url(out), (prop("FilterName", "MS Word 2007 XML"), prop("Overwrite", True))
            )
            return {"out": out, "done": done}
        if kind == "enter-at-end":
            done = Editor(office, doc).enter_at_end(
                job["style"], int(job.get("index", 0)), job.get("text", "")
            )
            return {"done": done, **dump_result(office, doc, {"detail": job.get("detail")})}
        if kind == "apply-style":
            target = job["target"]
            done = Editor(office, doc).apply_style(
                target["style"], int(target.get("index", 0)), job["apply"]
            )
            return {"done": done, **dump_result(office, doc, {"detail": job.get("detail")})}
        raise ValueError("unknown job type %r" % kind)
    finally:
        close_doc(doc)


def run_with_timeout(office, job, timeout):
    """Runs a job; past the timeout soffice is killed, which makes the blocked UNO call fail."""
    fired = threading.Event()

    def fire():
        fired.set()
        office.kill()

    timer = threading.Timer(timeout, fire)
    timer.daemon = True
    timer.start()
    try:
        return run_job(office, job)
    except Exception:
        if fired.is_set():
            raise JobTimeout("timed out after %ss (soffice was killed)" % timeout)
        raise
    finally:
        timer.cancel()
        if fired.is_set():
            timer.join()  # let the kill finish before the next job starts a new soffice


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: uno_jobs.py JOBS.json RESULTS.json\n")
        return 2
    with open(argv[1], encoding="utf-8") as f:
        spec = json.load(f)
    if isinstance(spec, list):
        spec = {"jobs": spec}
    jobs = spec["jobs"]
    job_timeout = float(spec.get("jobTimeout", DEFAULT_JOB_TIMEOUT))
    start_timeout = float(spec.get("startTimeout", DEFAULT_START_TIMEOUT))

    office = Office(start_timeout, spec.get("locale", DEFAULT_LOCALE), argv[2] + ".office")

    def on_signal(signum, _frame):
        raise SystemExit(128 + signum)

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    if hasattr(signal, "SIGHUP"):
        signal.signal(signal.SIGHUP, on_signal)

    results = []
    author = None
    start_error = None  # after two failed starts, the remaining jobs fail without a third
    failed_starts = 0
    try:
        for job in jobs:
            started = time.monotonic()
            head = {"id": job.get("id"), "type": job.get("type")}
            try:
                if not office.alive():
                    office.kill()
                    if start_error is not None and failed_starts >= 2:
                        raise RuntimeError("soffice could not be started: %s" % start_error)
                    try:
                        office.start()
                        failed_starts = 0
                    except Exception as err:
                        start_error, failed_starts = err, failed_starts + 1
                        raise
                    author = None
                if job.get("author") and job["author"] != author:
                    office.set_author(job["author"])
                    author = job["author"]
                body = run_with_timeout(office, job, job_timeout)
                results.append({**head, "ok": True, **body})
            except Exception as err:
                results.append(
                    {
                        **head,
                        "ok": False,
                        "error": "%s: %s" % (type(err).__name__, err),
                        "trace": traceback.format_exc(),
                    }
                )
            results[-1]["ms"] = round((time.monotonic() - started) * 1000)
    finally:
        office.kill()
        with open(argv[2], "w", encoding="utf-8") as f:
            json.dump(results, f, ensure_ascii=False, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
