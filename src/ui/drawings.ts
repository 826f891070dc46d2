import type { MessageKey } from '../i18n/i18n';

/**
 * Line drawings of each stretch, one shared style: a 120 × 90 box, round 3-unit strokes
 * in the text colour, no fill. Drawings of one leg show the left leg; the right side is
 * the same drawing mirrored. `faint` is drawn dashed: a towel, a starting position or a motion.
 */
export interface Drawing {
  /** The pose in words, for people who cannot see the drawing (a `ui` message). */
  label: MessageKey;
  /** True when the drawing shows one working leg, so the right side is mirrored. */
  oneLeg: boolean;
  d: string;
  faint?: string;
}

const head = (x: number, y: number, r = 6) =>
  `M${x - r} ${y}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0`;

export const drawings: Record<string, Drawing> = {
  'wall-calf': {
    label: 'ui.drawingWallCalf',
    oneLeg: true,
    d: `M104 8V84M8 84H104${head(82, 22)}M78 29L62 54M77 33L103 30M76 36L103 40M62 54L73 68L72 82L82 82M62 54L34 80L44 82`,
  },
  'seated-hamstring': {
    label: 'ui.drawingSeatedHamstring',
    oneLeg: true,
    d: `M4 56H56M52 56V84M4 84H116${head(72, 26)}M66 33L52 56M65 37L92 62M52 56L104 80L108 72M52 56L64 62L62 84L70 84`,
  },
  'ankle-circles': {
    label: 'ui.drawingAnkleCircles',
    oneLeg: false,
    d: 'M40 6L50 50M28 10L38 54M38 54L40 62L80 66L84 60L50 50',
    faint: 'M92 52a22 14 0 1 1 -10 -16M82 36l-3 -6M82 36l-6 3',
  },
  'toe-flex-point': {
    label: 'ui.drawingToeFlexPoint',
    oneLeg: false,
    d: 'M48 6L48 52M34 6L34 56M34 56L40 64L76 48L72 40L48 52',
    faint: 'M40 64L58 86L64 82L48 52M86 52a28 28 0 0 1 -14 30M86 52l-6 2M86 52l2 6',
  },
  'toes-up': {
    label: 'ui.drawingToesUp',
    oneLeg: false,
    d: 'M48 6L48 52M34 6L34 56M34 56L40 64L76 48L72 40L48 52',
  },
  'towel-calf': {
    label: 'ui.drawingTowelCalf',
    oneLeg: true,
    d: `M4 76H116${head(26, 22)}M28 29L32 70L96 70L101 52M29 36L44 50L54 46`,
    faint: 'M54 44L102 49Q109 57 100 62L55 49',
  },
  'ankle-pumps': {
    label: 'ui.drawingAnklePumps',
    oneLeg: false,
    d: 'M6 44L66 50L76 22L83 24L71 70L62 68L6 62',
    faint:
      'M66 50L100 62L98 69L71 70M94 28a30 30 0 0 1 14 26M94 28l7 -1M94 28l1 7M108 54l-7 0M108 54l1 -7',
  },
  'lying-hamstring': {
    label: 'ui.drawingLyingHamstring',
    oneLeg: true,
    d: `M4 80H116${head(14, 66)}M20 70L60 74L108 74M60 74L78 18L88 20M26 68L68 46M30 70L70 50`,
  },
  'straighten-leg': {
    label: 'ui.drawingStraightenLeg',
    oneLeg: false,
    d: `M4 74H116${head(30, 26)}M31 33L28 68L100 68L104 56M30 40L48 54`,
    faint: 'M28 68L64 44L86 68M70 36a30 30 0 0 1 20 16M90 52l1 -7M90 52l-7 -1',
  },
  'pull-toes': {
    label: 'ui.drawingPullToes',
    oneLeg: false,
    d: `M4 74H116${head(58, 30)}M52 36L30 68L94 68L100 52M50 40L98 52M48 44L86 60`,
    faint: 'M110 46a12 12 0 0 0 -12 -8M98 38l5 -4M98 38l6 3',
  },
  'massage-calf': {
    label: 'ui.drawingMassageCalf',
    oneLeg: false,
    d: `M4 78H116${head(30, 24)}M31 31L28 72L62 38L86 74L100 74M30 38L64 52M30 44L62 58`,
    faint: 'M74 62a6 6 0 1 1 6 -8a4 4 0 1 1 -4 6',
  },
  'walk-it-out': {
    label: 'ui.drawingWalkItOut',
    oneLeg: false,
    d: `M8 84H112${head(60, 14)}M60 21L58 50M59 28L46 44L42 52M59 28L72 42L80 48M58 50L46 66L40 82L48 82M58 50L70 66L76 80L84 80`,
    faint: 'M20 50H32M16 60H30M22 70H34',
  },
};
