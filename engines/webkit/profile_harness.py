"""WebKitGTK with a real on-disk profile, like Safari keeps one: a test harness, not product.

WebKitWebDriver's automation session keeps IndexedDB in memory, which hides bugs that only a
profile on disk shows. This embeds a WebKit2.WebView with a WebsiteDataManager on a folder, at
390x844, and takes one JSON command per line on stdin; each answer is one JSON line on fd 3.
WebKit writes console messages (and CSP reports) to stderr, where the caller reads them.

Usage: profile_harness.py PROFILE_DIR COLLECT_ERRORS_JS
Commands: {"goto": url} {"reload": true} {"eval": expression} {"screenshot": path} {"quit": true}
Run under xvfb-run: the GTK3 build has no headless mode.
"""

import json
import os
import sys

import gi

gi.require_version("Gtk", "3.0")
gi.require_version("WebKit2", "4.1")
from gi.repository import GLib, Gtk, WebKit2  # noqa: E402

WIDTH, HEIGHT = 390, 844
profile = sys.argv[1]
with open(sys.argv[2], encoding="utf-8") as collector:
    collect_errors = collector.read()
answers = os.fdopen(3, "w", buffering=1)


manager = WebKit2.WebsiteDataManager(
    base_data_directory=os.path.join(profile, "data"),
    base_cache_directory=os.path.join(profile, "cache"),
)
context = WebKit2.WebContext.new_with_website_data_manager(manager)
view = WebKit2.WebView.new_with_context(context)
settings = view.get_settings()
settings.set_enable_write_console_messages_to_stdout(True)
settings.set_media_playback_requires_user_gesture(False)
settings.set_user_agent_with_application_details("Nightstretch-engine-tests", "1")
# Every document collects its own script errors from its first line on.
view.get_user_content_manager().add_script(
    WebKit2.UserScript.new(
        collect_errors,
        WebKit2.UserContentInjectedFrames.TOP_FRAME,
        WebKit2.UserScriptInjectionTime.START,
        None,
        None,
    )
)
window = Gtk.OffscreenWindow()
window.set_default_size(WIDTH, HEIGHT)
view.set_size_request(WIDTH, HEIGHT)
window.add(view)
window.show_all()

# The reply for the navigation in flight: it is answered when the load finishes or fails.
pending_load = []


def replier(command_id):
    def reply(**fields):
        answers.write(json.dumps({"id": command_id, **fields}) + "\n")

    return reply


def on_load_changed(_view, event):
    if event == WebKit2.LoadEvent.FINISHED and pending_load:
        pending_load.pop()(value=view.get_uri())


def on_load_failed(_view, _event, uri, error):
    if pending_load:
        pending_load.pop()(error=f"load of {uri} failed: {error.message}")
    return False


view.connect("load-changed", on_load_changed)
view.connect("load-failed", on_load_failed)


def without_fragment(uri):
    return (uri or "").split("#")[0]


def goto(uri, reply):
    if view.get_uri() and without_fragment(view.get_uri()) == without_fragment(uri):
        # Only the fragment changes: a same-document navigation, with no load to wait for.
        script = f"location.href = {json.dumps(uri)}"
        view.evaluate_javascript(script, -1, None, None, None, None, None)
        reply(value=uri)
        return
    pending_load[:] = [reply]
    view.load_uri(uri)


def evaluate(expression, reply):
    body = f"return await ({expression});"

    def done(_view, result):
        try:
            value = view.call_async_javascript_function_finish(result)
            text = None if value.is_undefined() else value.to_json(0)
            reply(value=json.loads(text) if text else None)
        except GLib.Error as error:
            reply(error=error.message)

    view.call_async_javascript_function(body, -1, None, None, None, None, done)


def screenshot(path, reply):
    # The offscreen window's own pixels: no cairo foreign-struct bindings needed.
    pixbuf = window.get_pixbuf()
    if pixbuf is None:
        reply(error="the window has no pixels yet")
        return
    pixbuf.savev(path, "png", [], [])
    reply(value=path)


def on_command(channel, _condition):
    line = channel.readline()
    if not line:
        Gtk.main_quit()
        return False
    command = json.loads(line)
    reply = replier(command.get("id"))
    if "goto" in command:
        goto(command["goto"], reply)
    elif "reload" in command:
        pending_load[:] = [reply]
        view.reload()
    elif "eval" in command:
        evaluate(command["eval"], reply)
    elif "screenshot" in command:
        screenshot(command["screenshot"], reply)
    elif "quit" in command:
        reply(value=True)
        Gtk.main_quit()
        return False
    else:
        reply(error=f"unknown command: {line.strip()}")
    return True


GLib.io_add_watch(GLib.IOChannel.unix_new(0), GLib.IO_IN | GLib.IO_HUP, on_command)
replier("ready")(value="ready")
Gtk.main()
