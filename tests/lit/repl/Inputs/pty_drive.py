"""Drives an interactive program through a real pseudo-terminal, as a person
at a terminal would, and prints what the screen showed, for FileCheck.

    pty_drive.py SCRIPT -- COMMAND [ARG...]

SCRIPT (usually the lit test itself) holds the keystrokes, one per line, in
order; other lines are ignored:

    # SEND: text     type text and Enter
    # TYPE: text     type text (no Enter)
    # KEY: name      press a key: ^C, ^D, up, down, enter
    # WAIT: seconds  let the program run (the next action waits for no prompt)

The first action, and each one after an Enter, ^C or ^D, first waits for
a new prompt ('>>> ' or '... ' at the cursor) to appear, and for the
terminal's echo to be turned off (libedit reading a line).

After the last action the driver waits for the program to exit and prints
the screen's lines (carriage returns, backspaces, cursor moves and
line erasures applied; other escape sequences dropped), then
'[exit status N]' and the terminal's final mode ('[terminal: echo,
canonical, signals]' when the program left it as a shell needs it). Every wait has a time limit (PTY_DRIVE_TIMEOUT seconds,
default 60): on a timeout the program is killed, the screen so far is
printed with '[timeout: ...]', and the driver exits 1.
"""
import os
import pty
import re
import select
import signal
import struct
import sys
import termios
import fcntl
import time

KEYS = {"^C": b"\x03", "^D": b"\x04", "up": b"\x1b[A", "down": b"\x1b[B", "enter": b"\r"}
ACTION = re.compile(r"^#\s*(SEND|TYPE|KEY|WAIT):(?: (.*))?$")
PROMPT = re.compile(r"(>>>|\.\.\.) $")


class Screen:
    """The text a terminal shows: lines, with a cursor on the last one."""

    def __init__(self):
        self.lines = [[]]
        self.col = 0
        self.pending = ""

    def put(self, ch):
        line = self.lines[-1]
        while len(line) < self.col:
            line.append(" ")
        if self.col < len(line):
            line[self.col] = ch
        else:
            line.append(ch)
        self.col += 1

    def feed(self, text):
        text = self.pending + text
        self.pending = ""
        i = 0
        while i < len(text):
            ch = text[i]
            if ch == "\x1b":
                m = re.match(r"\x1b\[([0-9;?]*)([@-~])", text[i:])
                if m is None:
                    if len(text) - i < 8:  # an escape sequence cut in two
                        self.pending = text[i:]
                        return
                    i += 2  # ESC and one character
                    continue
                self.csi(m.group(1), m.group(2))
                i += m.end()
                continue
            if ch == "\n":
                self.lines.append([])
                self.col = 0
            elif ch == "\r":
                self.col = 0
            elif ch == "\b":
                self.col = max(0, self.col - 1)
            elif ch >= " " or ch == "\t":
                self.put(ch)
            i += 1

    def csi(self, params, final):
        n = int(params) if params.isdigit() else 1
        line = self.lines[-1]
        if final == "C":
            self.col += n
        elif final == "D":
            self.col = max(0, self.col - n)
        elif final == "G":
            self.col = n - 1
        elif final == "K":
            if params in ("", "0"):
                del line[self.col:]
            elif params == "2":
                line.clear()
        elif final == "P":  # delete characters
            del line[self.col:self.col + n]
        elif final == "@":  # insert blanks
            line[self.col:self.col] = [" "] * n

    def text(self):
        return "\n".join("".join(line).rstrip() for line in self.lines)

    def last_line(self):
        return "".join(self.lines[-1])


def actions_of(script):
    actions = []
    with open(script, encoding="utf-8") as f:
        for line in f:
            m = ACTION.match(line.rstrip("\n"))
            if m:
                actions.append((m.group(1), m.group(2) or ""))
    return actions


class Driver:
    def __init__(self, command, timeout):
        self.timeout = timeout
        self.screen = Screen()
        self.pid, self.fd = pty.fork()
        if self.pid == 0:
            try:
                os.execvp(command[0], command)
            finally:
                os._exit(127)
        fcntl.ioctl(self.fd, termios.TIOCSWINSZ, struct.pack("HHHH", 50, 250, 0, 0))
        self.eof = False
        self.prompts = 0  # prompts seen so far
        self.used = 0     # prompts already answered
        self.prompt_line = -1  # the screen line of the last prompt seen

    def read_some(self, deadline):
        left = deadline - time.monotonic()
        if left <= 0:
            return False
        ready, _, _ = select.select([self.fd], [], [], left)
        if not ready:
            return False
        try:
            data = os.read(self.fd, 4096)
        except OSError:  # EIO: the program has exited
            data = b""
        if not data:
            self.eof = True
            return True
        self.screen.feed(data.decode("utf-8", "replace"))
        # A prompt is counted once per screen line.
        line = len(self.screen.lines) - 1
        if PROMPT.search(self.screen.last_line()) and line != self.prompt_line:
            self.prompt_line = line
            self.prompts += 1
        return True

    def fail(self, why):
        os.kill(self.pid, signal.SIGKILL)
        print(self.screen.text())
        print(f"[timeout: {why}]")
        sys.exit(1)

    def wait_prompt(self):
        deadline = time.monotonic() + self.timeout
        while self.prompts <= self.used:
            if self.eof:
                print(self.screen.text())
                print("[the program exited while a prompt was awaited]")
                sys.exit(1)
            if not self.read_some(deadline):
                self.fail("no prompt")
        self.used = self.prompts
        # libedit prints its prompt a moment before it turns the terminal's
        # echo off: keys typed in between would be echoed twice.
        settle = time.monotonic() + 2
        while termios.tcgetattr(self.fd)[3] & termios.ECHO and time.monotonic() < settle:
            time.sleep(0.002)

    def read_until(self, deadline):
        while time.monotonic() < deadline and not self.eof:
            self.read_some(deadline)

    def type(self, data):
        os.write(self.fd, data)
        # Let the echo arrive before the next keystroke, as typing would.
        self.read_until(time.monotonic() + 0.05)

    def finish(self):
        deadline = time.monotonic() + self.timeout
        while not self.eof:
            if not self.read_some(deadline):
                self.fail("the program did not exit")
        _, status = os.waitpid(self.pid, 0)
        try:
            lflag = termios.tcgetattr(self.fd)[3]
            modes = [name for name, bit in (("echo", termios.ECHO), ("canonical", termios.ICANON),
                                            ("signals", termios.ISIG)) if lflag & bit]
        except termios.error:
            modes = ["unknown"]
        print(self.screen.text())
        if os.WIFEXITED(status):
            print(f"[exit status {os.WEXITSTATUS(status)}]")
        else:
            print(f"[killed by signal {os.WTERMSIG(status)}]")
        print(f"[terminal: {', '.join(modes)}]")


def main():
    if "--" not in sys.argv:
        sys.exit("usage: pty_drive.py SCRIPT -- COMMAND [ARG...]")
    split = sys.argv.index("--")
    script, command = sys.argv[1], sys.argv[split + 1:]
    timeout = float(os.environ.get("PTY_DRIVE_TIMEOUT", "60"))
    driver = Driver(command, timeout)
    need_prompt = True
    for kind, text in actions_of(script):
        if kind == "KEY" and text not in KEYS:
            sys.exit(f"pty_drive.py: unknown key '{text}'")
        if kind == "WAIT":
            driver.read_until(time.monotonic() + float(text))
            need_prompt = False
            continue
        if need_prompt:
            driver.wait_prompt()
        if kind == "SEND":
            driver.type(text.encode() + b"\r")
        elif kind == "TYPE":
            driver.type(text.encode())
        else:
            driver.type(KEYS[text])
        need_prompt = kind == "SEND" or text in ("^C", "^D", "enter")
    driver.finish()


if __name__ == "__main__":
    main()
