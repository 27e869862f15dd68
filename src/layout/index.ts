export { lettre, mmToPt, mmToTwip, ptToTwip, PT_PER_MM, type LetterLayout, type TextStyle, type Zone } from './lettre.js';
