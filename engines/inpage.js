// Injected into the page by every driver: finds elements by role and accessible name, as a
// screen reader would, so the journeys read the same in Firefox, WebKit and the harness.
// Plain JavaScript on purpose: it runs as-is inside the browser.
(() => {
  if (window.__engines) return;
  const ROLE_SELECTORS = {
    button: 'button, [role="button"], input[type="button"], input[type="submit"]',
    link: 'a[href], [role="link"]',
    heading: 'h1, h2, h3, h4, h5, h6, [role="heading"]',
    alert: '[role="alert"]',
    status: '[role="status"]',
    timer: '[role="timer"]',
    textbox: 'textarea, input:not([type]), input[type="text"], [role="textbox"]',
    radio: 'input[type="radio"], [role="radio"]',
    checkbox: 'input[type="checkbox"], [role="checkbox"], [role="switch"]',
  };
  const squash = (text) => (text ?? '').replace(/\s+/g, ' ').trim();
  const nameOf = (element) => {
    const label = element.getAttribute('aria-label');
    if (label) return squash(label);
    const labelledBy = element.getAttribute('aria-labelledby');
    if (labelledBy) {
      return squash(
        labelledBy
          .split(/\s+/)
          .map((id) => document.getElementById(id)?.textContent ?? '')
          .join(' '),
      );
    }
    if (element.labels?.length) return squash(element.labels[0].textContent);
    return squash(element.textContent);
  };
  const visible = (element) => {
    if (element.closest('[hidden], [aria-hidden="true"]')) return false;
    const box = element.getBoundingClientRect();
    return box.width > 0 && box.height > 0;
  };
  const matches = (actual, name) =>
    name === undefined ? true : name instanceof RegExp ? name.test(actual) : actual === name;
  const all = (role, name) =>
    [...document.querySelectorAll(ROLE_SELECTORS[role] ?? role)].filter(
      (element) => visible(element) && matches(nameOf(element), name),
    );
  const one = (role, name) => all(role, name)[0] ?? null;
  window.__engines = {
    nameOf,
    all,
    one,
    texts: (role) => all(role).map(nameOf),
    /** Centre of the element, scrolled into view, for a real pointer click. */
    point(role, name) {
      const element = one(role, name);
      if (!element) return null;
      element.scrollIntoView({ block: 'center' });
      const box = element.getBoundingClientRect();
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    },
    click(role, name) {
      const element = one(role, name);
      if (!element) return false;
      element.scrollIntoView({ block: 'center' });
      element.click();
      return true;
    },
    /** Words of control labels the layout broke ("Bac / k"), and short labels on two lines. */
    brokenWords() {
      const broken = [];
      for (const control of all('button').concat(all('link'))) {
        const walker = document.createTreeWalker(control, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          for (const match of node.data.matchAll(/\S+/g)) {
            const range = document.createRange();
            range.setStart(node, match.index);
            range.setEnd(node, match.index + match[0].length);
            const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
            if (lines.size > 1) broken.push(`${nameOf(control)}: "${match[0]}"`);
          }
        }
        // A short label ("Log a cramp", "Back") reads as one thing: it stays on one line.
        const label = nameOf(control);
        if (label.length <= 12 && label.includes(' ')) {
          const range = document.createRange();
          range.selectNodeContents(control);
          const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
          if (lines.size > 1) broken.push(`${label}: on ${lines.size} lines`);
        }
      }
      return broken;
    },
    /** Chooses a file in an <input type=file>, as the file picker would. */
    chooseFile(labelText, fileName, text) {
      const label = [...document.querySelectorAll('label')].find(
        (element) => squash(element.textContent) === labelText,
      );
      const input = label?.querySelector('input[type="file"]');
      if (!input) return false;
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], fileName, { type: 'application/json' }));
      input.files = transfer.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
      return true;
    },
    /** Keeps the text of every file the app offers as a download (a blob: link it clicks). */
    catchDownloads() {
      if (window.__enginesDownloads) return;
      window.__enginesDownloads = [];
      const create = URL.createObjectURL.bind(URL);
      URL.createObjectURL = (blob) => {
        if (blob instanceof Blob) blob.text().then((text) => window.__enginesDownloads.push(text));
        return create(blob);
      };
    },
    /**
     * Listens at Howler's master output from the moment its audio context exists (the tap that
     * starts a routine creates it), and notes when sound energy first arrives after the tap.
     */
    listen() {
      if (window.__enginesListening) return true;
      window.__enginesListening = true;
      window.__enginesPeak = 0;
      window.__enginesFirstSoundMs = null;
      const noteTap = () => {
        window.__enginesTapAt ??= performance.now();
      };
      addEventListener('pointerdown', noteTap, true);
      addEventListener('click', noteTap, true);
      const attach = setInterval(() => {
        const { Howler } = window;
        if (!Howler?.ctx || !Howler.masterGain) return;
        clearInterval(attach);
        const since = () => Math.round(performance.now() - (window.__enginesTapAt ?? 0));
        window.__enginesAudioLog = [`context ${Howler.ctx.state} at ${since()} ms`];
        Howler.ctx.addEventListener('statechange', () =>
          window.__enginesAudioLog.push(`context ${Howler.ctx.state} at ${since()} ms`),
        );
        const analyser = Howler.ctx.createAnalyser();
        analyser.fftSize = 2048;
        Howler.masterGain.connect(analyser);
        const samples = new Float32Array(analyser.fftSize);
        setInterval(() => {
          analyser.getFloatTimeDomainData(samples);
          let peak = 0;
          for (const value of samples) peak = Math.max(peak, Math.abs(value));
          window.__enginesPeak = Math.max(window.__enginesPeak, peak);
          if (peak > 0.01 && window.__enginesFirstSoundMs === null) {
            window.__enginesFirstSoundMs = performance.now() - (window.__enginesTapAt ?? 0);
          }
        }, 20);
      }, 4);
      return true;
    },
  };
})();
