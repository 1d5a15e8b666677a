// The floor: libxlsxwriter writing the same cells as an export (see README.md). Not part of the build.
#include <xlsxwriter.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <sys/resource.h>
static double cpu(void){struct rusage u;getrusage(RUSAGE_SELF,&u);return u.ru_utime.tv_sec+u.ru_stime.tv_sec+(u.ru_utime.tv_usec+u.ru_stime.tv_usec)/1e6;}
static double wall(void){struct timespec t;clock_gettime(CLOCK_MONOTONIC,&t);return t.tv_sec+t.tv_nsec/1e9;}
int main(int argc,char**argv){
  FILE*f=fopen(argv[1],"rb");fseek(f,0,SEEK_END);long n=ftell(f);fseek(f,0,SEEK_SET);
  char*buf=malloc(n+1);fread(buf,1,n,f);buf[n]=0;fclose(f);
  int constant = argc>3 ? atoi(argv[3]) : 1;
  double c0=cpu(),w0=wall();
  lxw_workbook_options o={constant,NULL,LXW_FALSE};
  lxw_workbook*wb=workbook_new_opt(argv[2],&o);
  lxw_format*text=workbook_add_format(wb);format_set_num_format(text,"@");
  lxw_format*num=workbook_add_format(wb);format_set_num_format(num,"General");
  lxw_format*date=workbook_add_format(wb);format_set_num_format(date,"yyyy-mm-dd");
  lxw_worksheet*ws=NULL;lxw_row_t r=0;long cells=0;
  for(char*line=strtok(buf,"\n");line;line=strtok(NULL,"\n")){
    if(line[0]=='S'&&line[1]=='\t'){ws=workbook_add_worksheet(wb,line+2);r=1;continue;}
    lxw_col_t c=0;char*p=line;
    for(;;){char*t=strchr(p,'\t');if(t)*t=0;
      if(*p=='T')worksheet_write_string(ws,r,c,p+1,text);
      else if(*p=='N')worksheet_write_number(ws,r,c,atof(p+1),num);
      else if(*p=='D'){lxw_datetime d={atoi(p+1),atoi(p+6),atoi(p+9),0,0,0};worksheet_write_datetime(ws,r,c,&d,date);}
      if(*p!='E')cells++;
      c++; if(!t)break; p=t+1;}
    r++;
  }
  double c1=cpu(),w1=wall();
  workbook_close(wb);
  double c2=cpu(),w2=wall();
  fprintf(stderr,"cells=%ld write_cpu=%.3f close_cpu=%.3f total_cpu=%.3f write_wall=%.3f close_wall=%.3f\n",cells,c1-c0,c2-c1,c2-c0,w1-w0,w2-w1);
  return 0;}
