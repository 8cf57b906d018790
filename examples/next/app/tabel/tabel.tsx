'use client';
import {FactorTable} from 'scholingsfactoren/react';

export function Tabel() {
  return <FactorTable kind="inhiberend" />;
}
