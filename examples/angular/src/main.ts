import 'scholingsfactoren';
import {provideZonelessChangeDetection} from '@angular/core';
import {bootstrapApplication} from '@angular/platform-browser';
import {LandschapComponent} from './landschap.component.js';

bootstrapApplication(LandschapComponent, {providers: [provideZonelessChangeDetection()]}).catch((error: unknown) => console.error(error));
