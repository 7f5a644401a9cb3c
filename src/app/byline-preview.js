/* byline-preview.js: Byline's side of the preview page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * This runs in a script world of its own: the page's scripts never run
 * (the preview turns JavaScript markup off) and could not see it if they
 * did. It patches the page in place as the post changes, and tells the app
 * which source line the reader clicked.
 */

'use strict';

var byline = (() => {
  const messages = window.webkit.messageHandlers.byline;

  /* Lists come from the app as dictionaries. */
  function list (dict) {
    return Array.from ({ length: dict.length }, (_, i) => dict[i]);
  }

  function body () {
    return document.getElementById ('byline-body');
  }

  function shiftLines (node, shift) {
    if (shift === 0 || node.nodeType !== Node.ELEMENT_NODE)
      return;

    const move = element => {
      element.setAttribute ('data-line', Number (element.getAttribute ('data-line')) + shift);
    };

    if (node.hasAttribute ('data-line'))
      move (node);
    for (const element of node.querySelectorAll ('[data-line]'))
      move (element);
  }

  function shiftChildren (parent, from, to, shift) {
    for (let i = from; i < to; i++)
      shiftLines (parent.childNodes[i], shift);
  }

  /* Parses @html as the browser would inside @parent. */
  function parseIn (parent, html) {
    const range = document.createRange ();

    range.selectNodeContents (parent);
    return range.createContextualFragment (html);
  }

  /* The core planned @patch from what it believes the page holds; any
   * difference means its nodes are not where it thinks, and nothing is
   * changed. */
  function applyPatch (patch) {
    const { from, removed, before, after } = patch;
    const steps = [];
    let parent = body ();

    for (const step of list (patch.path)) {
      const child = parent.childNodes[step.index];

      if (parent.childNodes.length !== step.count || child.nodeName.toLowerCase () !== step.name)
        throw new Error (`expected ${step.name}, ${step.index} of ${step.count} in ${parent.nodeName}`);
      steps.push ({ parent, index: step.index });
      parent = child;
    }

    if (!patch.removesAll && parent.childNodes.length !== patch.count)
      throw new Error (`expected ${patch.count} nodes in ${parent.nodeName}`);

    const fragment = parseIn (parent, patch.inserted);
    if (!patch.opaque && fragment.childNodes.length !== patch.nInserted)
      throw new Error (`expected ${patch.nInserted} new nodes, not ${fragment.childNodes.length}`);

    for (const { parent: container, index } of steps) {
      shiftChildren (container, 0, index, before);
      shiftChildren (container, index + 1, container.childNodes.length, after);
      const child = container.childNodes[index];
      if (child.hasAttribute ('data-line'))
        child.setAttribute ('data-line', Number (child.getAttribute ('data-line')) + before);
    }

    if (patch.removesAll) {
      parent.replaceChildren (fragment);
      return;
    }

    shiftChildren (parent, 0, from, before);
    shiftChildren (parent, from + removed, parent.childNodes.length, after);

    const range = document.createRange ();
    range.setStart (parent, from);
    range.setEnd (parent, from + removed);
    range.deleteContents ();
    parent.insertBefore (fragment, parent.childNodes[from] ?? null);
  }

  /* The element that starts at @line or, failing one, the last before it. */
  function blockAt (line) {
    const blocks = body ().querySelectorAll ('[data-line]');
    let low = 0;
    let high = blocks.length;

    while (low < high) {
      const middle = (low + high) >> 1;

      if (Number (blocks[middle].getAttribute ('data-line')) <= line)
        low = middle + 1;
      else
        high = middle;
    }

    return { block: blocks[low - 1] ?? null, next: blocks[low] ?? null };
  }

  function pageTop (element) {
    return element.getBoundingClientRect ().top + window.scrollY;
  }

  document.addEventListener ('click', event => {
    const block = event.target instanceof Element ? event.target.closest ('[data-line]') : null;

    if (block === null || !body ().contains (block))
      return;

    messages.postMessage ({
      line: Number (block.getAttribute ('data-line')),
      position: block.getBoundingClientRect ().top / window.innerHeight,
    });
  }, true);

  return {
    /* Brings the page up to date; it keeps its scroll position, as only
     * what changed is replaced. */
    update (header, patch, dark) {
      const scrollY = window.scrollY;

      this.setDark (dark);
      if (header !== null)
        document.getElementById ('byline-header').innerHTML = header;
      if (patch !== null)
        applyPatch (patch);

      if (window.scrollY !== scrollY)
        window.scrollTo (window.scrollX, scrollY);
    },

    setDark (dark) {
      document.documentElement.classList.toggle ('byline-dark', Boolean (dark));
      document.documentElement.classList.toggle ('byline-light', !dark);
    },

    setUserStyle (css) {
      document.getElementById ('byline-user-style').textContent = css;
    },

    /* Scrolls so that source line @line (with a fraction for a place
     * within it) shows at @position of the window's height. */
    scrollToLine (line, position) {
      const { block, next } = blockAt (Math.floor (line));
      let top = 0;

      if (block !== null) {
        const blockLine = Number (block.getAttribute ('data-line'));
        const nextLine = next !== null ? Number (next.getAttribute ('data-line')) : blockLine + 1;
        const nextTop = next !== null ? pageTop (next) : pageTop (block) + block.offsetHeight;
        const fraction = Math.min (1, (line - blockLine) / Math.max (1, nextLine - blockLine));

        top = pageTop (block) + fraction * Math.max (0, nextTop - pageTop (block));
      }

      window.scrollTo (window.scrollX, top - position * window.innerHeight);
    },
  };
}) ();

window.webkit.messageHandlers.byline.postMessage ('ready');
