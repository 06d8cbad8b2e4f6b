import { ColorThemeKind, window } from 'vscode';
import type { ThemeName } from '@journey-maps/language-server/protocol';

/** The diagram's palette that matches the editor's colour theme. */
export function diagramTheme(): ThemeName {
    const kind = window.activeColorTheme.kind;
    return kind === ColorThemeKind.Dark || kind === ColorThemeKind.HighContrast ? 'dark' : 'light';
}
