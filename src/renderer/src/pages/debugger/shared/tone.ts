import classes from './tone.module.css';

export type Tone = 'red' | 'teal' | 'orange' | 'blue' | 'gray';

/** The class that colours status text readably in both schemes (see tone.module.css). */
export function tone(color: Tone): string {
  return classes[color] ?? '';
}
