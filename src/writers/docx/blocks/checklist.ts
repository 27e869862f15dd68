import { CheckBox, Tab, TextRun } from 'docx';
import { FONT_FAMILY } from '../../fonts.js';
import { inlineRuns } from '../inlines.js';
import { STYLE } from '../styles.js';
import type { BlockHandler } from './context.js';
import { spaceAfterList } from './list.js';
import { listIndent } from './paragraph.js';

/** ☐ and ☑: both in Source Sans 3 (☒ U+2612 is not). */
export const BOX_UNCHECKED = '2610';
export const BOX_CHECKED = '2611';

/**
 * A checklist item is a real Word check box (a content control that a click ticks), then a tab
 * to the hanging indent, then the text.
 */
export const checklist: BlockHandler<'checklist'> = (node, context) =>
  spaceAfterList(
    node.items.map((item) => ({
      style: STYLE.listParagraph,
      indent: { left: (context.depth + 1) * listIndent(context), hanging: listIndent(context) },
      children: [
        new CheckBox({
          checked: item.checked,
          checkedState: { value: BOX_CHECKED, font: FONT_FAMILY },
          uncheckedState: { value: BOX_UNCHECKED, font: FONT_FAMILY },
        }),
        new TextRun({ children: [new Tab()] }),
        ...inlineRuns(item.children),
      ],
    })),
    context,
  );
